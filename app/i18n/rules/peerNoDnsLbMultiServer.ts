import type { RuleTranslations } from './types.ts';

// {{peer}} and {{endpoint}} read as a kind noun without article and a name, so they sit in parentheses;
// {{count}} is 2 or more.
export const peerNoDnsLbMultiServerMessages: RuleTranslations = {
  es: { PEER_NO_DNS_LB_MULTI_SERVER: { default: 'El tronco "{{trunk}}" une su par ({{peer}}), que no tiene equilibrio de carga DNS, con su servidor de mediación ({{endpoint}}), que tiene {{count}} servidores: atienda el par desde un grupo de un solo servidor o active el equilibrio de carga DNS en el par.' } },
  pt: { PEER_NO_DNS_LB_MULTI_SERVER: { default: 'O tronco "{{trunk}}" liga o seu par ({{peer}}), que não tem balanceamento de carga DNS, ao seu Servidor de Mediação ({{endpoint}}), que tem {{count}} servidores: atenda o par a partir de um pool de um único servidor ou ative o balanceamento de carga DNS no par.' } },
  zh: { PEER_NO_DNS_LB_MULTI_SERVER: { default: '中继“{{trunk}}”将未启用 DNS 负载平衡的对等方（{{peer}}）连接到具有 {{count}} 台服务器的中介服务器（{{endpoint}}）：请由只有一台服务器的池为该对等方提供服务，或在该对等方上启用 DNS 负载平衡。' } },
  fr: { PEER_NO_DNS_LB_MULTI_SERVER: { default: 'La jonction «\u00a0{{trunk}}\u00a0» relie son homologue ({{peer}}), qui n’a pas d’équilibrage de charge DNS, à son serveur de médiation ({{endpoint}}), qui compte {{count}} serveurs\u00a0: servez l’homologue depuis un pool d’un seul serveur, ou activez l’équilibrage de charge DNS sur l’homologue.' } },
  it: { PEER_NO_DNS_LB_MULTI_SERVER: { default: 'Il trunk "{{trunk}}" collega il suo peer ({{peer}}), che non ha il bilanciamento del carico DNS, al suo Mediation Server ({{endpoint}}), che ha {{count}} server: servi il peer da un pool con un solo server oppure attiva il bilanciamento del carico DNS sul peer.' } },
};
