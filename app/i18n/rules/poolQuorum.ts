import type { RuleTranslations } from './types.ts';

// {{node}} is a Front End pool: "grupo de servidores front-end pool01.contoso.com".
export const poolQuorumMessages: RuleTranslations = {
  es: {
    POOL_QUORUM: {
      default: 'El {{node}} tiene exactamente 2 servidores: cuando uno no está disponible, el grupo pierde el cuórum. Agregue un tercer servidor.',
    },
  },
  pt: {
    POOL_QUORUM: {
      default: 'O {{node}} tem exatamente 2 servidores: quando um deles fica inativo, o pool perde o quórum. Adicione um terceiro servidor.',
    },
  },
  zh: { POOL_QUORUM: { default: '{{node}} 恰好有 2 台服务器：其中一台停机时，该池会失去仲裁。请添加第三台服务器。' } },
  fr: {
    POOL_QUORUM: {
      default: 'Le {{node}} compte exactement 2\u00a0serveurs\u00a0: quand l’un est arrêté, le pool perd le quorum. Ajoutez un troisième serveur.',
    },
  },
  it: {
    POOL_QUORUM: {
      default: 'Il {{node}} ha esattamente 2 server: quando uno non è attivo, il pool perde il quorum. Aggiungi un terzo server.',
    },
  },
};
