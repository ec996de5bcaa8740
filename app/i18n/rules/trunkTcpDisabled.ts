import type { RuleTranslations } from './types.ts';

// {{endpoint}} reads as a kind noun without article and a name, so it sits in parentheses.
export const trunkTcpDisabledMessages: RuleTranslations = {
  es: { TRUNK_TCP_DISABLED: { default: 'El tronco "{{trunk}}" usa TCP, pero TCP está deshabilitado en su servidor de mediación ({{endpoint}}): habilite allí un intervalo de puertos TCP o use TLS.' } },
  pt: { TRUNK_TCP_DISABLED: { default: 'O tronco "{{trunk}}" usa TCP, mas o TCP está desabilitado no seu Servidor de Mediação ({{endpoint}}): habilite nele um intervalo de portas TCP ou use TLS.' } },
  zh: { TRUNK_TCP_DISABLED: { default: '中继“{{trunk}}”使用 TCP，但其中介服务器（{{endpoint}}）上已禁用 TCP：请在其上启用 TCP 端口范围，或改用 TLS。' } },
  fr: { TRUNK_TCP_DISABLED: { default: 'La jonction «\u00a0{{trunk}}\u00a0» utilise TCP, mais TCP est désactivé sur son serveur de médiation ({{endpoint}})\u00a0: activez-y une plage de ports TCP, ou utilisez TLS.' } },
  it: { TRUNK_TCP_DISABLED: { default: 'Il trunk "{{trunk}}" usa TCP, ma TCP è disabilitato sul suo Mediation Server ({{endpoint}}): abilita lì un intervallo di porte TCP oppure usa TLS.' } },
};
