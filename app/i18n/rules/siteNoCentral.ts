import type { RuleTranslations } from './types.ts';

export const siteNoCentralMessages: RuleTranslations = {
  es: {
    SITE_NO_CENTRAL: {
      default: 'La topología no tiene ningún sitio central: toda topología necesita al menos uno. Agregue un sitio central o convierta un sitio en central.',
    },
  },
  pt: {
    SITE_NO_CENTRAL: {
      default: 'A topologia não tem nenhum site central: toda topologia precisa de pelo menos um. Adicione um site central ou torne central um site.',
    },
  },
  zh: { SITE_NO_CENTRAL: { default: '拓扑中没有中心站点：每个拓扑至少需要一个。请添加一个中心站点，或将某个站点设为中心站点。' } },
  fr: {
    SITE_NO_CENTRAL: {
      default: 'La topologie n’a aucun site central\u00a0: toute topologie en exige au moins un. Ajoutez un site central, ou faites d’un site un site central.',
    },
  },
  it: {
    SITE_NO_CENTRAL: {
      default: 'La topologia non ha alcun sito centrale: ogni topologia ne richiede almeno uno. Aggiungi un sito centrale o rendi centrale un sito.',
    },
  },
};
