import type { RuleTranslations } from './types.ts';

// 'mediationPool': {{node}} is a Mediation pool; 'collocated': a Front End pool with collocated Mediation.
export const mediationUnusedMessages: RuleTranslations = {
  es: {
    MEDIATION_UNUSED: {
      mediationPool: 'El {{node}} no tiene ningún tronco. Conéctelo a una puerta de enlace, un IP-PBX o un SBC, o quítelo.',
      collocated:
        'El {{node}} tiene el servidor de mediación colocado, pero no tiene ningún tronco. Conéctelo a una puerta de enlace, un IP-PBX o un SBC, o desactive el servidor de mediación colocado.',
    },
  },
  pt: {
    MEDIATION_UNUSED: {
      mediationPool: 'O {{node}} não tem nenhum tronco. Conecte-o a um gateway, IP-PBX ou SBC, ou remova-o.',
      collocated:
        'O {{node}} tem o Servidor de Mediação colocado, mas não tem nenhum tronco. Conecte-o a um gateway, IP-PBX ou SBC, ou desative o Servidor de Mediação colocado.',
    },
  },
  zh: {
    MEDIATION_UNUSED: {
      mediationPool: '{{node}} 没有承载任何中继。请将它连接到网关、IP-PBX 或 SBC，或者将它删除。',
      collocated: '{{node}} 有并置中介服务器，但没有承载任何中继。请将它连接到网关、IP-PBX 或 SBC，或者关闭并置中介服务器。',
    },
  },
  fr: {
    MEDIATION_UNUSED: {
      mediationPool: 'Le {{node}} ne porte aucune jonction. Connectez-le à une passerelle, un IP-PBX ou un SBC, ou supprimez-le.',
      collocated:
        'Le {{node}} a un serveur de médiation colocalisé, mais ne porte aucune jonction. Connectez-le à une passerelle, un IP-PBX ou un SBC, ou désactivez le serveur de médiation colocalisé.',
    },
  },
  it: {
    MEDIATION_UNUSED: {
      mediationPool: 'Il {{node}} non gestisce alcun trunk. Collegalo a un gateway, un IP-PBX o un SBC, oppure rimuovilo.',
      collocated:
        'Il {{node}} ha il Mediation Server collocato, ma non gestisce alcun trunk. Collegalo a un gateway, un IP-PBX o un SBC, oppure disattiva il Mediation Server collocato.',
    },
  },
};
