import type { RuleTranslations } from './types.ts';

// {{peer}} and {{endpoint}} read as a kind noun without article and a name, so they sit in parentheses;
// {{peerSite}} and {{endpointSite}} are site names.
export const sbcMediationSiteMessages: RuleTranslations = {
  es: { SBC_MEDIATION_SITE: { default: 'El tronco "{{trunk}}" une su par ({{peer}}), en el sitio "{{peerSite}}", con su servidor de mediación ({{endpoint}}), en el sitio "{{endpointSite}}": termine el tronco en un servidor de mediación del sitio del SBC.' } },
  pt: { SBC_MEDIATION_SITE: { default: 'O tronco "{{trunk}}" liga o seu par ({{peer}}), no site "{{peerSite}}", ao seu Servidor de Mediação ({{endpoint}}), no site "{{endpointSite}}": termine o tronco em um Servidor de Mediação do site do SBC.' } },
  zh: { SBC_MEDIATION_SITE: { default: '中继“{{trunk}}”将站点“{{peerSite}}”中的对等方（{{peer}}）连接到站点“{{endpointSite}}”中的中介服务器（{{endpoint}}）：请让中继终止于 SBC 所在站点中的中介服务器。' } },
  fr: { SBC_MEDIATION_SITE: { default: 'La jonction «\u00a0{{trunk}}\u00a0» relie son homologue ({{peer}}), dans le site «\u00a0{{peerSite}}\u00a0», à son serveur de médiation ({{endpoint}}), dans le site «\u00a0{{endpointSite}}\u00a0»\u00a0: terminez la jonction sur un serveur de médiation du site du SBC.' } },
  it: { SBC_MEDIATION_SITE: { default: 'Il trunk "{{trunk}}" collega il suo peer ({{peer}}), nel sito "{{peerSite}}", al suo Mediation Server ({{endpoint}}), nel sito "{{endpointSite}}": termina il trunk su un Mediation Server nel sito dell’SBC.' } },
};
