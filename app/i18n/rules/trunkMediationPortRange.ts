import type { RuleTranslations } from './types.ts';

// {{endpoint}} reads as a kind noun without article and a name, so it sits in parentheses;
// {{transport}} is TLS or TCP.
export const trunkMediationPortRangeMessages: RuleTranslations = {
  es: {
    TRUNK_MEDIATION_PORT_RANGE: {
      onePort: 'El tronco "{{trunk}}" usa el puerto de mediación {{port}}, pero su servidor de mediación ({{endpoint}}) escucha {{transport}} en el puerto {{listenPort}}: elija un puerto de ese intervalo o amplíe el intervalo.',
      portRange: 'El tronco "{{trunk}}" usa el puerto de mediación {{port}}, pero su servidor de mediación ({{endpoint}}) escucha {{transport}} en los puertos {{from}}–{{to}}: elija un puerto de ese intervalo o amplíe el intervalo.',
    },
  },
  pt: {
    TRUNK_MEDIATION_PORT_RANGE: {
      onePort: 'O tronco "{{trunk}}" usa a porta de Mediação {{port}}, mas o seu Servidor de Mediação ({{endpoint}}) escuta {{transport}} na porta {{listenPort}}: escolha uma porta nesse intervalo ou amplie o intervalo.',
      portRange: 'O tronco "{{trunk}}" usa a porta de Mediação {{port}}, mas o seu Servidor de Mediação ({{endpoint}}) escuta {{transport}} nas portas {{from}}–{{to}}: escolha uma porta nesse intervalo ou amplie o intervalo.',
    },
  },
  zh: {
    TRUNK_MEDIATION_PORT_RANGE: {
      onePort: '中继“{{trunk}}”使用中介端口 {{port}}，但其中介服务器（{{endpoint}}）在端口 {{listenPort}} 上侦听 {{transport}}：请在该范围内选择端口，或扩大该范围。',
      portRange: '中继“{{trunk}}”使用中介端口 {{port}}，但其中介服务器（{{endpoint}}）在端口 {{from}}–{{to}} 上侦听 {{transport}}：请在该范围内选择端口，或扩大该范围。',
    },
  },
  fr: {
    TRUNK_MEDIATION_PORT_RANGE: {
      onePort: 'La jonction «\u00a0{{trunk}}\u00a0» utilise le port de médiation {{port}}, mais son serveur de médiation ({{endpoint}}) écoute en {{transport}} sur le port {{listenPort}}\u00a0: choisissez un port dans cette plage, ou élargissez la plage.',
      portRange: 'La jonction «\u00a0{{trunk}}\u00a0» utilise le port de médiation {{port}}, mais son serveur de médiation ({{endpoint}}) écoute en {{transport}} sur les ports {{from}}–{{to}}\u00a0: choisissez un port dans cette plage, ou élargissez la plage.',
    },
  },
  it: {
    TRUNK_MEDIATION_PORT_RANGE: {
      onePort: 'Il trunk "{{trunk}}" usa la porta Mediation {{port}}, ma il suo Mediation Server ({{endpoint}}) è in ascolto per {{transport}} sulla porta {{listenPort}}: scegli una porta in quell’intervallo oppure amplia l’intervallo.',
      portRange: 'Il trunk "{{trunk}}" usa la porta Mediation {{port}}, ma il suo Mediation Server ({{endpoint}}) è in ascolto per {{transport}} sulle porte {{from}}–{{to}}: scegli una porta in quell’intervallo oppure amplia l’intervallo.',
    },
  },
};
