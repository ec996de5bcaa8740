import type { RuleTranslations } from './types.ts';

// {{peer}} reads as a kind noun without article and a name, so it sits in parentheses.
export const trunkPeerPortDuplicateMessages: RuleTranslations = {
  es: { TRUNK_PEER_PORT_DUPLICATE: { default: 'El tronco "{{trunk}}" usa el puerto de escucha {{port}} de su par ({{peer}}), igual que el tronco "{{other}}": asigne a cada tronco su propio puerto en ese par.' } },
  pt: { TRUNK_PEER_PORT_DUPLICATE: { default: 'O tronco "{{trunk}}" usa a porta de escuta {{port}} do seu par ({{peer}}), assim como o tronco "{{other}}": dê a cada tronco a sua própria porta nesse par.' } },
  zh: { TRUNK_PEER_PORT_DUPLICATE: { default: '中继“{{trunk}}”与中继“{{other}}”一样使用其对等方（{{peer}}）的侦听端口 {{port}}：请在该对等方上为每个中继分配各自的端口。' } },
  fr: { TRUNK_PEER_PORT_DUPLICATE: { default: 'La jonction «\u00a0{{trunk}}\u00a0» utilise le port d’écoute {{port}} de son homologue ({{peer}}), comme la jonction «\u00a0{{other}}\u00a0»\u00a0: donnez à chaque jonction son propre port sur cet homologue.' } },
  it: { TRUNK_PEER_PORT_DUPLICATE: { default: 'Il trunk "{{trunk}}" usa la porta di ascolto {{port}} del suo peer ({{peer}}), come il trunk "{{other}}": assegna a ogni trunk una porta propria su quel peer.' } },
};
