import type { RuleTranslations } from './types.ts';

// {{peer}} and {{endpoint}} read as a kind noun without article and a name: "IP-PBX pbx.contoso.com".
// {{branch}} and {{endpointSite}} are site names.
export const branchPbxRemoteMediationMessages: RuleTranslations = {
  es: {
    BRANCH_PBX_REMOTE_MEDIATION: {
      default:
        'El tronco "{{trunk}}" atiende a su par ({{peer}}), en el sitio de sucursal "{{branch}}", desde otro sitio ({{endpoint}}, en el sitio "{{endpointSite}}"): la señalización desde otro sitio tarda más y puede cortar las primeras palabras de los saludos, así que considere un servidor de mediación en la sucursal.',
    },
  },
  pt: {
    BRANCH_PBX_REMOTE_MEDIATION: {
      default:
        'O tronco "{{trunk}}" atende o seu par ({{peer}}), no site de filial "{{branch}}", a partir de outro site ({{endpoint}}, no site "{{endpointSite}}"): a sinalização vinda de outro site demora mais e pode cortar as primeiras palavras das saudações, então considere um Servidor de Mediação na filial.',
    },
  },
  zh: {
    BRANCH_PBX_REMOTE_MEDIATION: {
      default:
        '中继“{{trunk}}”为分支站点“{{branch}}”中的对等方（{{peer}}）提供服务，但所用的是站点“{{endpointSite}}”中的中介服务器终结点（{{endpoint}}）：来自其他站点的信令耗时更长，可能截断问候语的开头几个字，因此请考虑在该分支站点部署中介服务器。',
    },
  },
  fr: {
    BRANCH_PBX_REMOTE_MEDIATION: {
      default:
        'La jonction «\u00a0{{trunk}}\u00a0» dessert son homologue ({{peer}}), dans le site de succursale «\u00a0{{branch}}\u00a0», depuis un autre site ({{endpoint}}, dans le site «\u00a0{{endpointSite}}\u00a0»)\u00a0: la signalisation venue d’un autre site prend plus de temps et peut couper les premiers mots des messages d’accueil, envisagez donc un serveur de médiation dans la succursale.',
    },
  },
  it: {
    BRANCH_PBX_REMOTE_MEDIATION: {
      default:
        'Il trunk "{{trunk}}" serve il suo peer ({{peer}}), nel sito di succursale "{{branch}}", da un altro sito ({{endpoint}}, nel sito "{{endpointSite}}"): la segnalazione da un altro sito richiede più tempo e può tagliare le prime parole dei messaggi di benvenuto, quindi valuta un Mediation Server nella succursale.',
    },
  },
};
