import type { RuleTranslations } from './types.ts';

// Three shapes: centralized media processing off, REFER off while RTCP is on, or both; the rest is shared.
const es = (problem: string) =>
  `El tronco "{{trunk}}" tiene activada la omisión de medios, pero ${problem}: la omisión de medios requiere procesamiento de medios centralizado, y compatibilidad con REFER salvo que ambas opciones de RTCP estén desactivadas; cambie esa configuración o desactive la omisión de medios.`;
const pt = (problem: string) =>
  `O tronco "{{trunk}}" está com o bypass de mídia ativado, mas ${problem}: o bypass de mídia exige processamento de mídia centralizado, e suporte a REFER, a menos que as duas opções de RTCP estejam desativadas; altere essas configurações ou desative o bypass de mídia.`;
const zh = (problem: string) =>
  `中继“{{trunk}}”已启用媒体旁路，但${problem}：媒体旁路需要集中媒体处理，并且除非两个 RTCP 选项都已关闭，否则还需要 REFER 支持；请更改这些设置，或关闭媒体旁路。`;
const fr = (problem: string) =>
  `La jonction «\u00a0{{trunk}}\u00a0» a la déviation du trafic multimédia activée, mais ${problem}\u00a0: la déviation du trafic multimédia exige le traitement multimédia centralisé, ainsi que la prise en charge de REFER sauf si les deux options RTCP sont désactivées\u202f; modifiez ces paramètres, ou désactivez la déviation du trafic multimédia.`;
const it = (problem: string) =>
  `Il trunk "{{trunk}}" ha il bypass multimediale attivo, ma ${problem}: il bypass multimediale richiede l’elaborazione multimediale centralizzata, e il supporto REFER a meno che entrambe le opzioni RTCP siano disattivate; modifica queste impostazioni o disattiva il bypass multimediale.`;

export const bypassPreconditionsMessages: RuleTranslations = {
  es: {
    BYPASS_PRECONDITIONS: {
      centralizedMediaOff: es('el procesamiento de medios centralizado está desactivado'),
      referOff: es('la compatibilidad con REFER está desactivada mientras RTCP está activado'),
      both: es('el procesamiento de medios centralizado está desactivado y la compatibilidad con REFER está desactivada mientras RTCP está activado'),
    },
  },
  pt: {
    BYPASS_PRECONDITIONS: {
      centralizedMediaOff: pt('o processamento de mídia centralizado está desativado'),
      referOff: pt('o suporte a REFER está desativado enquanto o RTCP está ativado'),
      both: pt('o processamento de mídia centralizado está desativado e o suporte a REFER está desativado enquanto o RTCP está ativado'),
    },
  },
  zh: {
    BYPASS_PRECONDITIONS: {
      centralizedMediaOff: zh('集中媒体处理已关闭'),
      referOff: zh('RTCP 已开启而 REFER 支持已关闭'),
      both: zh('集中媒体处理已关闭，且 RTCP 已开启而 REFER 支持已关闭'),
    },
  },
  fr: {
    BYPASS_PRECONDITIONS: {
      centralizedMediaOff: fr('le traitement multimédia centralisé est désactivé'),
      referOff: fr('la prise en charge de REFER est désactivée alors que RTCP est activé'),
      both: fr('le traitement multimédia centralisé est désactivé, et la prise en charge de REFER est désactivée alors que RTCP est activé'),
    },
  },
  it: {
    BYPASS_PRECONDITIONS: {
      centralizedMediaOff: it('l’elaborazione multimediale centralizzata è disattivata'),
      referOff: it('il supporto REFER è disattivato mentre RTCP è attivo'),
      both: it('l’elaborazione multimediale centralizzata è disattivata e il supporto REFER è disattivato mentre RTCP è attivo'),
    },
  },
};
