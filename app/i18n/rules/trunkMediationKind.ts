import type { RuleTranslations } from './types.ts';

// {{node}} reads as a kind noun without article and a name, so it sits in parentheses.
export const trunkMediationKindMessages: RuleTranslations = {
  es: {
    TRUNK_MEDIATION_KIND: {
      frontEndPool: 'El origen del tronco "{{trunk}}" ({{node}}) no tiene un servidor de mediación colocado: coloque el servidor de mediación en el grupo o inicie el tronco en un grupo de servidores de mediación.',
      director: 'El origen del tronco "{{trunk}}" ({{node}}) no admite troncos: inicie el tronco en un grupo de servidores de mediación o en un grupo de servidores front-end con servidor de mediación colocado.',
      notMediation: 'El origen del tronco "{{trunk}}" ({{node}}) no es un servidor de mediación: inicie el tronco en un grupo de servidores de mediación o en un grupo de servidores front-end con servidor de mediación colocado.',
    },
  },
  pt: {
    TRUNK_MEDIATION_KIND: {
      frontEndPool: 'A origem do tronco "{{trunk}}" ({{node}}) não tem um Servidor de Mediação colocado: coloque o Servidor de Mediação no pool ou inicie o tronco em um pool de Servidores de Mediação.',
      director: 'A origem do tronco "{{trunk}}" ({{node}}) não comporta troncos: inicie o tronco em um pool de Servidores de Mediação ou em um pool de Front End com Servidor de Mediação colocado.',
      notMediation: 'A origem do tronco "{{trunk}}" ({{node}}) não é um Servidor de Mediação: inicie o tronco em um pool de Servidores de Mediação ou em um pool de Front End com Servidor de Mediação colocado.',
    },
  },
  zh: {
    TRUNK_MEDIATION_KIND: {
      frontEndPool: '中继“{{trunk}}”的起点（{{node}}）没有并置中介服务器：请在该池上并置中介服务器，或让中继从中介服务器池开始。',
      director: '中继“{{trunk}}”的起点（{{node}}）不承载中继：请让中继从中介服务器池或带有并置中介服务器的前端池开始。',
      notMediation: '中继“{{trunk}}”的起点（{{node}}）不是中介服务器：请让中继从中介服务器池或带有并置中介服务器的前端池开始。',
    },
  },
  fr: {
    TRUNK_MEDIATION_KIND: {
      frontEndPool: 'L’origine de la jonction «\u00a0{{trunk}}\u00a0» ({{node}}) n’a pas de serveur de médiation colocalisé\u00a0: colocalisez le serveur de médiation sur le pool ou faites partir la jonction d’un pool de serveurs de médiation.',
      director: 'L’origine de la jonction «\u00a0{{trunk}}\u00a0» ({{node}}) ne porte aucune jonction\u00a0: faites partir la jonction d’un pool de serveurs de médiation ou d’un pool frontal avec serveur de médiation colocalisé.',
      notMediation: 'L’origine de la jonction «\u00a0{{trunk}}\u00a0» ({{node}}) n’est pas un serveur de médiation\u00a0: faites partir la jonction d’un pool de serveurs de médiation ou d’un pool frontal avec serveur de médiation colocalisé.',
    },
  },
  it: {
    TRUNK_MEDIATION_KIND: {
      frontEndPool: 'L’origine del trunk "{{trunk}}" ({{node}}) non ha un Mediation Server collocato: colloca il Mediation Server nel pool oppure fai partire il trunk da un pool Mediation Server.',
      director: 'L’origine del trunk "{{trunk}}" ({{node}}) non gestisce trunk: fai partire il trunk da un pool Mediation Server o da un pool Front End con Mediation Server collocato.',
      notMediation: 'L’origine del trunk "{{trunk}}" ({{node}}) non è un Mediation Server: fai partire il trunk da un pool Mediation Server o da un pool Front End con Mediation Server collocato.',
    },
  },
};
