import type { RuleTranslations } from './types.ts';

// {{pool}} reads as a kind noun without article and a name; the id fixes its kind, so the article fits it.
// {{calls}}, {{servers}}, {{perServer}} (one decimal at most) and {{limit}} are numbers.
export const mediationCapacityMessages: RuleTranslations = {
  es: {
    MEDIATION_CAPACITY: {
      mediationPool:
        'El {{pool}} lleva un pico de {{calls}} llamadas simultáneas sin omisión de medios en {{servers}} servidores, {{perServer}} por servidor, más de las {{limit}} aproximadamente que admite un servidor de mediación independiente: agregue servidores, mueva troncos a otro grupo de servidores o use la omisión de medios.',
      mediationPoolOneServer:
        'El {{pool}} lleva un pico de {{calls}} llamadas simultáneas sin omisión de medios en 1 servidor, más de las {{limit}} aproximadamente que admite un servidor de mediación independiente: agregue servidores, mueva troncos a otro grupo de servidores o use la omisión de medios.',
      frontEndPool:
        'El {{pool}} lleva un pico de {{calls}} llamadas simultáneas sin omisión de medios en {{servers}} servidores, {{perServer}} por servidor, más de las {{limit}} aproximadamente que admite un servidor front-end con servidor de mediación colocado: agregue servidores, mueva troncos a un grupo de servidores de mediación independiente o use la omisión de medios.',
      frontEndPoolOneServer:
        'El {{pool}} lleva un pico de {{calls}} llamadas simultáneas sin omisión de medios en 1 servidor, más de las {{limit}} aproximadamente que admite un servidor front-end con servidor de mediación colocado: agregue servidores, mueva troncos a un grupo de servidores de mediación independiente o use la omisión de medios.',
    },
  },
  pt: {
    MEDIATION_CAPACITY: {
      mediationPool:
        'O {{pool}} tem um pico de {{calls}} chamadas simultâneas sem bypass de mídia em {{servers}} servidores, {{perServer}} por servidor, mais do que as cerca de {{limit}} que um Servidor de Mediação autônomo suporta: adicione servidores, mova troncos para outro pool ou use o bypass de mídia.',
      mediationPoolOneServer:
        'O {{pool}} tem um pico de {{calls}} chamadas simultâneas sem bypass de mídia em 1 servidor, mais do que as cerca de {{limit}} que um Servidor de Mediação autônomo suporta: adicione servidores, mova troncos para outro pool ou use o bypass de mídia.',
      frontEndPool:
        'O {{pool}} tem um pico de {{calls}} chamadas simultâneas sem bypass de mídia em {{servers}} servidores, {{perServer}} por servidor, mais do que as cerca de {{limit}} que um Servidor Front End com Mediação colocada suporta: adicione servidores, mova troncos para um pool de Mediação autônomo ou use o bypass de mídia.',
      frontEndPoolOneServer:
        'O {{pool}} tem um pico de {{calls}} chamadas simultâneas sem bypass de mídia em 1 servidor, mais do que as cerca de {{limit}} que um Servidor Front End com Mediação colocada suporta: adicione servidores, mova troncos para um pool de Mediação autônomo ou use o bypass de mídia.',
    },
  },
  zh: {
    MEDIATION_CAPACITY: {
      mediationPool:
        '{{pool}} 在 {{servers}} 台服务器上承载峰值 {{calls}} 个未经媒体旁路的并发呼叫，每台服务器 {{perServer}} 个，超过了独立中介服务器大约 {{limit}} 个的处理能力：请添加服务器、将中继移至其他池，或使用媒体旁路。',
      mediationPoolOneServer:
        '{{pool}} 在 1 台服务器上承载峰值 {{calls}} 个未经媒体旁路的并发呼叫，超过了独立中介服务器大约 {{limit}} 个的处理能力：请添加服务器、将中继移至其他池，或使用媒体旁路。',
      frontEndPool:
        '{{pool}} 在 {{servers}} 台服务器上承载峰值 {{calls}} 个未经媒体旁路的并发呼叫，每台服务器 {{perServer}} 个，超过了并置中介服务器的前端服务器大约 {{limit}} 个的处理能力：请添加服务器、将中继移至独立的中介服务器池，或使用媒体旁路。',
      frontEndPoolOneServer:
        '{{pool}} 在 1 台服务器上承载峰值 {{calls}} 个未经媒体旁路的并发呼叫，超过了并置中介服务器的前端服务器大约 {{limit}} 个的处理能力：请添加服务器、将中继移至独立的中介服务器池，或使用媒体旁路。',
    },
  },
  fr: {
    MEDIATION_CAPACITY: {
      mediationPool:
        'Le {{pool}} porte un pic de {{calls}} appels simultanés sans déviation du trafic multimédia sur {{servers}} serveurs, soit {{perServer}} par serveur, plus que les quelque {{limit}} qu’un serveur de médiation autonome prend en charge\u00a0: ajoutez des serveurs, déplacez des jonctions vers un autre pool, ou utilisez la déviation du trafic multimédia.',
      mediationPoolOneServer:
        'Le {{pool}} porte un pic de {{calls}} appels simultanés sans déviation du trafic multimédia sur 1 serveur, plus que les quelque {{limit}} qu’un serveur de médiation autonome prend en charge\u00a0: ajoutez des serveurs, déplacez des jonctions vers un autre pool, ou utilisez la déviation du trafic multimédia.',
      frontEndPool:
        'Le {{pool}} porte un pic de {{calls}} appels simultanés sans déviation du trafic multimédia sur {{servers}} serveurs, soit {{perServer}} par serveur, plus que les quelque {{limit}} qu’un serveur frontal avec médiation colocalisée prend en charge\u00a0: ajoutez des serveurs, déplacez des jonctions vers un pool de médiation autonome, ou utilisez la déviation du trafic multimédia.',
      frontEndPoolOneServer:
        'Le {{pool}} porte un pic de {{calls}} appels simultanés sans déviation du trafic multimédia sur 1 serveur, plus que les quelque {{limit}} qu’un serveur frontal avec médiation colocalisée prend en charge\u00a0: ajoutez des serveurs, déplacez des jonctions vers un pool de médiation autonome, ou utilisez la déviation du trafic multimédia.',
    },
  },
  it: {
    MEDIATION_CAPACITY: {
      mediationPool:
        'Il {{pool}} porta un picco di {{calls}} chiamate simultanee senza bypass multimediale su {{servers}} server, {{perServer}} per server, più delle circa {{limit}} che gestisce un Mediation Server autonomo: aggiungi server, sposta trunk in un altro pool o usa il bypass multimediale.',
      mediationPoolOneServer:
        'Il {{pool}} porta un picco di {{calls}} chiamate simultanee senza bypass multimediale su 1 server, più delle circa {{limit}} che gestisce un Mediation Server autonomo: aggiungi server, sposta trunk in un altro pool o usa il bypass multimediale.',
      frontEndPool:
        'Il {{pool}} porta un picco di {{calls}} chiamate simultanee senza bypass multimediale su {{servers}} server, {{perServer}} per server, più delle circa {{limit}} che gestisce un Front End Server con Mediation collocato: aggiungi server, sposta trunk in un pool Mediation autonomo o usa il bypass multimediale.',
      frontEndPoolOneServer:
        'Il {{pool}} porta un picco di {{calls}} chiamate simultanee senza bypass multimediale su 1 server, più delle circa {{limit}} che gestisce un Front End Server con Mediation collocato: aggiungi server, sposta trunk in un pool Mediation autonomo o usa il bypass multimediale.',
    },
  },
};
