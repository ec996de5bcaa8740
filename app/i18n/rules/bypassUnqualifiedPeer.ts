import type { RuleTranslations } from './types.ts';

// {{peer}} reads as a kind noun without article and a name: "puerta de enlace 10.0.0.5".
export const bypassUnqualifiedPeerMessages: RuleTranslations = {
  es: {
    BYPASS_UNQUALIFIED_PEER: {
      default:
        'El tronco "{{trunk}}" tiene activada la omisión de medios, pero su par ({{peer}}) no está calificado para ella por el Open Interoperability Program: use un par calificado o desactive la omisión de medios.',
    },
  },
  pt: {
    BYPASS_UNQUALIFIED_PEER: {
      default:
        'O tronco "{{trunk}}" está com o bypass de mídia ativado, mas o seu par ({{peer}}) não é qualificado para isso pelo Open Interoperability Program: use um par qualificado ou desative o bypass de mídia.',
    },
  },
  zh: {
    BYPASS_UNQUALIFIED_PEER: {
      default:
        '中继“{{trunk}}”已启用媒体旁路，但其对等方（{{peer}}）未通过 Open Interoperability Program 的媒体旁路认证：请使用已认证的对等方，或关闭媒体旁路。',
    },
  },
  fr: {
    BYPASS_UNQUALIFIED_PEER: {
      default:
        'La jonction «\u00a0{{trunk}}\u00a0» a la déviation du trafic multimédia activée, mais son homologue ({{peer}}) n’est pas qualifié pour celle-ci par l’Open Interoperability Program\u00a0: utilisez un homologue qualifié, ou désactivez la déviation du trafic multimédia.',
    },
  },
  it: {
    BYPASS_UNQUALIFIED_PEER: {
      default:
        'Il trunk "{{trunk}}" ha il bypass multimediale attivo, ma il suo peer ({{peer}}) non è qualificato per questo dall’Open Interoperability Program: usa un peer qualificato o disattiva il bypass multimediale.',
    },
  },
};
