import type { RuleTranslations } from './types.ts';

export const trunkTcpInsecureMessages: RuleTranslations = {
  es: { TRUNK_TCP_INSECURE: { default: 'El tronco "{{trunk}}" usa TCP, que transmite la señalización sin cifrar: use TLS si el par lo admite.' } },
  pt: { TRUNK_TCP_INSECURE: { default: 'O tronco "{{trunk}}" usa TCP, que transporta a sinalização sem criptografia: use TLS quando o par oferecer suporte a ele.' } },
  zh: { TRUNK_TCP_INSECURE: { default: '中继“{{trunk}}”使用 TCP，它以未加密方式传输信令：如果对等方支持，请使用 TLS。' } },
  fr: { TRUNK_TCP_INSECURE: { default: 'La jonction «\u00a0{{trunk}}\u00a0» utilise TCP, qui transporte la signalisation sans chiffrement\u00a0: utilisez TLS si l’homologue le prend en charge.' } },
  it: { TRUNK_TCP_INSECURE: { default: 'Il trunk "{{trunk}}" usa TCP, che trasporta la segnalazione senza crittografia: usa TLS dove il peer lo supporta.' } },
};
