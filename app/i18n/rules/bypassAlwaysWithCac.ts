import type { RuleTranslations } from './types.ts';

// The quoted choices are the global settings' own labels in each catalogue (inspector.bypassAlways, inspector.bypassSiteRegion).
export const bypassAlwaysWithCacMessages: RuleTranslations = {
  es: {
    BYPASS_ALWAYS_WITH_CAC: {
      default:
        'La omisión de medios está establecida en "Omitir siempre" mientras el control de admisión de llamadas está activado: elija "Usar la información de sitio y región" o desactive el control de admisión de llamadas.',
    },
  },
  pt: {
    BYPASS_ALWAYS_WITH_CAC: {
      default:
        'O bypass de mídia está definido como "Sempre fazer bypass" enquanto o controle de admissão de chamadas está ativado: escolha "Usar informações de site e região" ou desative o controle de admissão de chamadas.',
    },
  },
  zh: {
    BYPASS_ALWAYS_WITH_CAC: {
      default: '媒体旁路设置为“始终旁路”，而呼叫允许控制已开启：请选择“使用站点和区域信息”，或关闭呼叫允许控制。',
    },
  },
  fr: {
    BYPASS_ALWAYS_WITH_CAC: {
      default:
        'La déviation du trafic multimédia est réglée sur «\u00a0Toujours dévier\u00a0» alors que le contrôle d’admission des appels est activé\u00a0: choisissez «\u00a0Utiliser les informations de site et de région\u00a0», ou désactivez le contrôle d’admission des appels.',
    },
  },
  it: {
    BYPASS_ALWAYS_WITH_CAC: {
      default:
        'Il bypass multimediale è impostato su "Bypass sempre" mentre il controllo di ammissione di chiamata è attivo: scegli "Usa le informazioni su sito e area" o disattiva il controllo di ammissione di chiamata.',
    },
  },
};
