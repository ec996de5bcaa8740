import type { RuleTranslations } from './types.ts';

// {{node}} reads as a kind noun without article and a name, so it sits in parentheses.
export const trunkPeerKindMessages: RuleTranslations = {
  es: { TRUNK_PEER_KIND: { default: 'El destino del tronco "{{trunk}}" ({{node}}) no es un par: termine el tronco en una puerta de enlace RTC, un IP-PBX o un SBC.' } },
  pt: { TRUNK_PEER_KIND: { default: 'O destino do tronco "{{trunk}}" ({{node}}) não é um par: termine o tronco em um gateway PSTN, um IP-PBX ou um SBC.' } },
  zh: { TRUNK_PEER_KIND: { default: '中继“{{trunk}}”的终点（{{node}}）不是对等方：请让中继终止于 PSTN 网关、IP-PBX 或 SBC。' } },
  fr: { TRUNK_PEER_KIND: { default: 'L’extrémité de la jonction «\u00a0{{trunk}}\u00a0» ({{node}}) n’est pas un homologue\u00a0: terminez la jonction sur une passerelle RTC, un IP-PBX ou un SBC.' } },
  it: { TRUNK_PEER_KIND: { default: 'La destinazione del trunk "{{trunk}}" ({{node}}) non è un peer: termina il trunk su un gateway PSTN, un IP-PBX o un SBC.' } },
};
