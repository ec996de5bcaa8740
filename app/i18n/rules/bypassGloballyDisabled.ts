import type { RuleTranslations } from './types.ts';

export const bypassGloballyDisabledMessages: RuleTranslations = {
  es: {
    BYPASS_GLOBALLY_DISABLED: {
      default:
        'El tronco "{{trunk}}" tiene activada la omisión de medios, pero la omisión de medios está deshabilitada globalmente, así que no tiene efecto: habilite la omisión de medios en la configuración global o desactívela en el tronco.',
    },
  },
  pt: {
    BYPASS_GLOBALLY_DISABLED: {
      default:
        'O tronco "{{trunk}}" está com o bypass de mídia ativado, mas o bypass de mídia está desabilitado globalmente, então não tem efeito: habilite o bypass de mídia nas configurações globais ou desative-o no tronco.',
    },
  },
  zh: {
    BYPASS_GLOBALLY_DISABLED: {
      default: '中继“{{trunk}}”已启用媒体旁路，但媒体旁路已在全局禁用，因此不起作用：请在全局设置中启用媒体旁路，或在该中继上将其关闭。',
    },
  },
  fr: {
    BYPASS_GLOBALLY_DISABLED: {
      default:
        'La jonction «\u00a0{{trunk}}\u00a0» a la déviation du trafic multimédia activée, mais la déviation du trafic multimédia est désactivée globalement, elle reste donc sans effet\u00a0: activez la déviation du trafic multimédia dans les paramètres globaux, ou désactivez-la sur la jonction.',
    },
  },
  it: {
    BYPASS_GLOBALLY_DISABLED: {
      default:
        'Il trunk "{{trunk}}" ha il bypass multimediale attivo, ma il bypass multimediale è disabilitato a livello globale, quindi non ha effetto: abilita il bypass multimediale nelle impostazioni globali o disattivalo sul trunk.',
    },
  },
};
