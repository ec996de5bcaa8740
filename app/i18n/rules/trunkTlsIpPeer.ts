import type { RuleTranslations } from './types.ts';

// {{peer}} reads as a kind noun without article and a name: "puerta de enlace 10.0.0.5".
export const trunkTlsIpPeerMessages: RuleTranslations = {
  es: { TRUNK_TLS_IP_PEER: { default: 'El tronco "{{trunk}}" usa TLS, pero su par ({{peer}}) tiene una dirección IP: TLS necesita un FQDN.' } },
  pt: { TRUNK_TLS_IP_PEER: { default: 'O tronco "{{trunk}}" usa TLS, mas o seu par ({{peer}}) é endereçado por IP: o TLS precisa de um FQDN.' } },
  zh: { TRUNK_TLS_IP_PEER: { default: '中继“{{trunk}}”使用 TLS，但其对端（{{peer}}）以 IP 地址寻址：TLS 需要 FQDN。' } },
  fr: { TRUNK_TLS_IP_PEER: { default: 'La jonction « {{trunk}} » utilise TLS, mais son homologue ({{peer}}) a une adresse IP : TLS exige un FQDN.' } },
  it: { TRUNK_TLS_IP_PEER: { default: 'Il trunk "{{trunk}}" usa TLS, ma il suo peer ({{peer}}) ha un indirizzo IP: TLS richiede un FQDN.' } },
};
