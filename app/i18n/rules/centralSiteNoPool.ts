import type { RuleTranslations } from './types.ts';

export const centralSiteNoPoolMessages: RuleTranslations = {
  es: {
    CENTRAL_SITE_NO_POOL: {
      default:
        'El sitio central "{{site}}" no contiene ningún grupo de servidores front-end: un sitio central necesita uno. Agréguele un grupo de servidores front-end.',
    },
  },
  pt: {
    CENTRAL_SITE_NO_POOL: {
      default: 'O site central "{{site}}" não contém nenhum pool de Front End: um site central precisa de um. Adicione um pool de Front End a ele.',
    },
  },
  zh: { CENTRAL_SITE_NO_POOL: { default: '中心站点“{{site}}”中没有前端池：中心站点需要一个前端池。请向其中添加一个前端池。' } },
  fr: {
    CENTRAL_SITE_NO_POOL: {
      default: 'Le site central «\u00a0{{site}}\u00a0» ne contient aucun pool frontal\u00a0: un site central en exige un. Ajoutez-y un pool frontal.',
    },
  },
  it: {
    CENTRAL_SITE_NO_POOL: {
      default: 'Il sito centrale "{{site}}" non contiene alcun pool Front End: un sito centrale ne richiede uno. Aggiungi un pool Front End al sito.',
    },
  },
};
