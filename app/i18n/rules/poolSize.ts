import type { RuleTranslations } from './types.ts';

// {{node}} is a Front End pool: "grupo de servidores front-end pool01.contoso.com". {{max}} is 12.
export const poolSizeMessages: RuleTranslations = {
  es: {
    POOL_SIZE: {
      enterprise:
        'El {{node}} tiene {{count}} servidores, más de los {{max}} que admite un grupo de Enterprise Edition. Divídalo en dos grupos o quite servidores.',
      standard:
        'El {{node}} es un grupo de Standard Edition con {{count}} servidores, pero Standard Edition es exactamente un servidor. Deje un solo servidor o conviértalo en un grupo de Enterprise Edition.',
    },
  },
  pt: {
    POOL_SIZE: {
      enterprise:
        'O {{node}} tem {{count}} servidores, mais do que os {{max}} que um pool Enterprise Edition permite. Divida-o em dois pools ou remova servidores.',
      standard:
        'O {{node}} é um pool Standard Edition com {{count}} servidores, mas o Standard Edition é exatamente um servidor. Mantenha um servidor ou transforme-o em um pool Enterprise Edition.',
    },
  },
  zh: {
    POOL_SIZE: {
      enterprise: '{{node}} 有 {{count}} 台服务器，超过了 Enterprise Edition 池允许的 {{max}} 台。请将它拆分为两个池，或删除一些服务器。',
      standard:
        '{{node}} 是有 {{count}} 台服务器的 Standard Edition 池，但 Standard Edition 恰好是一台服务器。请只保留一台服务器，或将它改为 Enterprise Edition 池。',
    },
  },
  fr: {
    POOL_SIZE: {
      enterprise:
        'Le {{node}} compte {{count}}\u00a0serveurs, plus que les {{max}} qu’autorise un pool Enterprise Edition. Scindez-le en deux pools ou retirez des serveurs.',
      standard:
        'Le {{node}} est un pool Standard Edition de {{count}}\u00a0serveurs, mais Standard Edition correspond à exactement un serveur. Gardez un seul serveur, ou faites-en un pool Enterprise Edition.',
    },
  },
  it: {
    POOL_SIZE: {
      enterprise:
        'Il {{node}} ha {{count}} server, più dei {{max}} consentiti in un pool Enterprise Edition. Dividilo in due pool o rimuovi dei server.',
      standard:
        'Il {{node}} è un pool Standard Edition con {{count}} server, ma Standard Edition è esattamente un server. Mantieni un solo server o trasformalo in un pool Enterprise Edition.',
    },
  },
};
