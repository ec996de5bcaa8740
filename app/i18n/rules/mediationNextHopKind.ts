import type { RuleTranslations } from './types.ts';

// {{node}} is a Mediation pool: "grupo de servidores de mediación med01.contoso.com". In 'director'
// {{hop}} is a Director; in 'other' it may be of any kind but a Front End pool, of either gender:
// "el nodo puerta de enlace gw01". The word for Director is the catalogue's kindsInline.director.
export const mediationNextHopKindMessages: RuleTranslations = {
  es: {
    MEDIATION_NEXT_HOP_KIND: {
      director:
        'El {{node}} tiene como próximo salto el {{hop}}: no se permite un Director como próximo salto. Elija en su lugar un grupo de servidores front-end.',
      self: 'El {{node}} es su propio próximo salto: un grupo de servidores de mediación no puede ser su propio próximo salto. Elija en su lugar un grupo de servidores front-end.',
      other:
        'El {{node}} tiene como próximo salto el nodo {{hop}}: el próximo salto debe ser un grupo de servidores front-end. Elija en su lugar un grupo de servidores front-end.',
    },
  },
  pt: {
    MEDIATION_NEXT_HOP_KIND: {
      director:
        'O {{node}} tem o {{hop}} como próximo salto: um Diretor não é permitido como próximo salto. Em vez disso, escolha um pool de Front End.',
      self: 'O {{node}} é o seu próprio próximo salto: um pool de Mediação não pode ser o seu próprio próximo salto. Em vez disso, escolha um pool de Front End.',
      other:
        'O {{node}} tem o {{hop}} como próximo salto: o próximo salto deve ser um pool de Front End. Em vez disso, escolha um pool de Front End.',
    },
  },
  zh: {
    MEDIATION_NEXT_HOP_KIND: {
      director: '{{node}} 将{{hop}} 作为下一个跃点：不允许将控制器作为下一个跃点。请改为选择一个前端池。',
      self: '{{node}} 将自身作为下一个跃点：中介池不能作为自身的下一个跃点。请改为选择一个前端池。',
      other: '{{node}} 将{{hop}} 作为下一个跃点：下一个跃点必须是前端池。请改为选择一个前端池。',
    },
  },
  fr: {
    MEDIATION_NEXT_HOP_KIND: {
      director:
        'Le {{node}} a le {{hop}} comme tronçon suivant\u00a0: un Directeur n’est pas autorisé comme tronçon suivant. Choisissez plutôt un pool frontal.',
      self: 'Le {{node}} est son propre tronçon suivant\u00a0: un pool de médiation ne peut pas être son propre tronçon suivant. Choisissez plutôt un pool frontal.',
      other:
        'Le {{node}} a le nœud {{hop}} comme tronçon suivant\u00a0: le tronçon suivant doit être un pool frontal. Choisissez plutôt un pool frontal.',
    },
  },
  it: {
    MEDIATION_NEXT_HOP_KIND: {
      director:
        'Il {{node}} ha il {{hop}} come hop successivo: un Director non è consentito come hop successivo. Scegli invece un pool Front End.',
      self: 'Il {{node}} è il proprio hop successivo: un pool Mediation non può essere il proprio hop successivo. Scegli invece un pool Front End.',
      other:
        'Il {{node}} ha il nodo {{hop}} come hop successivo: l’hop successivo deve essere un pool Front End. Scegli invece un pool Front End.',
    },
  },
};
