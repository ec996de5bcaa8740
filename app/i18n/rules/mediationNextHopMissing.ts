import type { RuleTranslations } from './types.ts';

// {{node}} is a Mediation pool: "grupo de servidores de mediación med01.contoso.com".
export const mediationNextHopMissingMessages: RuleTranslations = {
  es: {
    MEDIATION_NEXT_HOP_MISSING: {
      default: 'El {{node}} no tiene próximo salto. Elija el grupo de servidores front-end al que pasa las llamadas.',
    },
  },
  pt: {
    MEDIATION_NEXT_HOP_MISSING: {
      default: 'O {{node}} não tem próximo salto. Escolha o pool de Front End para o qual ele passa as chamadas.',
    },
  },
  zh: { MEDIATION_NEXT_HOP_MISSING: { default: '{{node}} 没有下一个跃点。请选择它将呼叫传递到的前端池。' } },
  fr: {
    MEDIATION_NEXT_HOP_MISSING: {
      default: 'Le {{node}} n’a pas de tronçon suivant. Choisissez le pool frontal auquel il transmet les appels.',
    },
  },
  it: {
    MEDIATION_NEXT_HOP_MISSING: {
      default: 'Il {{node}} non ha un hop successivo. Scegli il pool Front End a cui passa le chiamate.',
    },
  },
};
