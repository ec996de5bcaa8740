// Translations of the sentences that refuse an edit (app/domain/refusals.ts): refusals.<id> → a template
// with the refusal's params. English needs none: the domain writes its English reasons itself.
// {{node}}, {{a}}, {{b}} and {{peer}} read as a kind noun without article and a name: "puerta de enlace 10.0.0.5";
// where the id fixes the node's kind (trunk.noCollocatedMediation: a Front End pool; trunk.director), the article fits it.
import type { RefusalId } from '../../domain/refusals.ts';

type Language = 'es' | 'pt' | 'zh' | 'fr' | 'it';

const MESSAGES = {
  es: {
    'trunk.missingEnd': 'Un tronco une dos elementos que existen en el diseño.',
    'trunk.itself': 'Un tronco une un extremo de mediación con un par, no un elemento consigo mismo ({{node}}).',
    'trunk.noCollocatedMediation':
      'El {{node}} no tiene un servidor de mediación colocado: un grupo de servidores front-end necesita primero la mediación colocada (actívela en el inspector), o use un grupo de servidores de mediación.',
    'trunk.director': 'El {{node}} no lleva troncos: un Director no es un extremo de mediación.',
    'trunk.bothPeers':
      'Ambos elementos son pares ({{a}} y {{b}}): un tronco une un par con un grupo de servidores de mediación o con un grupo de servidores front-end con mediación colocada.',
    'trunk.bothMediationEndpoints':
      'Ambos elementos son extremos de mediación ({{a}} y {{b}}): un tronco une uno de ellos con una puerta de enlace RTC, una IP-PBX o un SBC.',
    'delete.centralWithBranch': 'El sitio de sucursal "{{branch}}" pertenece al sitio central "{{central}}": elimine o mueva primero la sucursal.',
    'delete.rootTrunk':
      'El tronco "{{trunk}}" es el tronco raíz de su par ({{peer}}), que tiene otros troncos: convierta primero otro de sus troncos en tronco raíz.',
  },
  pt: {
    'trunk.missingEnd': 'Um tronco liga dois elementos que existem no projeto.',
    'trunk.itself': 'Um tronco liga um ponto de extremidade de Mediação a um par, não um elemento a ele mesmo ({{node}}).',
    'trunk.noCollocatedMediation':
      'O {{node}} não tem Servidor de Mediação colocado: um pool de Front End precisa primeiro da Mediação colocada (ative-a no inspetor), ou use um pool de Servidores de Mediação.',
    'trunk.director': 'O {{node}} não leva troncos: um Diretor não é um ponto de extremidade de Mediação.',
    'trunk.bothPeers':
      'Os dois elementos são pares ({{a}} e {{b}}): um tronco liga um par a um pool de Servidores de Mediação ou a um pool de Front End com Mediação colocada.',
    'trunk.bothMediationEndpoints':
      'Os dois elementos são pontos de extremidade de Mediação ({{a}} e {{b}}): um tronco liga um deles a um gateway PSTN, um IP-PBX ou um SBC.',
    'delete.centralWithBranch': 'O site de filial "{{branch}}" pertence ao site central "{{central}}": exclua ou mova a filial primeiro.',
    'delete.rootTrunk':
      'O tronco "{{trunk}}" é o tronco raiz do seu par ({{peer}}), que tem outros troncos: primeiro torne outro dos troncos dele o tronco raiz.',
  },
  zh: {
    'trunk.missingEnd': '中继连接的是设计中存在的两个元素。',
    'trunk.itself': '中继将中介服务器终结点连接到对等方，而不是将 {{node}} 连接到其自身。',
    'trunk.noCollocatedMediation': '{{node}} 没有并置中介服务器：前端池需要先启用并置中介服务器（在检查器中开启），或者改用中介服务器池。',
    'trunk.director': '{{node}} 不承载中继：控制器不是中介服务器终结点。',
    'trunk.bothPeers': '{{a}} 和 {{b}} 都是对等方：中继将对等方连接到中介服务器池，或连接到带有并置中介服务器的前端池。',
    'trunk.bothMediationEndpoints': '{{a}} 和 {{b}} 都是中介服务器终结点：中继将其中一个连接到 PSTN 网关、IP-PBX 或 SBC。',
    'delete.centralWithBranch': '分支站点“{{branch}}”隶属于中心站点“{{central}}”：请先删除或移动该分支站点。',
    'delete.rootTrunk': '中继“{{trunk}}”是其对等方（{{peer}}）的根中继，而该对等方还有其他中继：请先将其另一个中继设为根中继。',
  },
  fr: {
    'trunk.missingEnd': 'Une jonction relie deux éléments qui existent dans le schéma.',
    'trunk.itself': 'Une jonction relie un point de terminaison de médiation à un homologue, pas un élément à lui-même ({{node}}).',
    'trunk.noCollocatedMediation':
      'Le {{node}} n’a pas de serveur de médiation colocalisé\u00a0: un pool frontal a d’abord besoin de la médiation colocalisée (activez-la dans l’inspecteur), ou utilisez un pool de serveurs de médiation.',
    'trunk.director': 'Le {{node}} ne porte aucune jonction\u00a0: un Directeur n’est pas un point de terminaison de médiation.',
    'trunk.bothPeers':
      'Les deux éléments sont des homologues ({{a}} et {{b}})\u00a0: une jonction relie un homologue à un pool de serveurs de médiation ou à un pool frontal avec médiation colocalisée.',
    'trunk.bothMediationEndpoints':
      'Les deux éléments sont des points de terminaison de médiation ({{a}} et {{b}})\u00a0: une jonction relie l’un d’eux à une passerelle RTC, un IP-PBX ou un SBC.',
    'delete.centralWithBranch':
      'Le site de succursale «\u00a0{{branch}}\u00a0» dépend du site central «\u00a0{{central}}\u00a0»\u00a0: supprimez ou déplacez d’abord la succursale.',
    'delete.rootTrunk':
      'La jonction «\u00a0{{trunk}}\u00a0» est la jonction racine de son homologue ({{peer}}), qui a d’autres jonctions\u00a0: définissez d’abord une autre de ses jonctions comme jonction racine.',
  },
  it: {
    'trunk.missingEnd': 'Un trunk collega due elementi presenti nel progetto.',
    'trunk.itself': 'Un trunk collega un endpoint Mediation a un peer, non un elemento a se stesso ({{node}}).',
    'trunk.noCollocatedMediation':
      'Il {{node}} non ha un Mediation Server collocato: un pool Front End richiede prima Mediation collocato (attivalo nell’ispettore), oppure usa un pool Mediation Server.',
    'trunk.director': 'Il {{node}} non porta trunk: un Director non è un endpoint Mediation.',
    'trunk.bothPeers':
      'Entrambi gli elementi sono peer ({{a}} e {{b}}): un trunk collega un peer a un pool Mediation Server o a un pool Front End con Mediation collocato.',
    'trunk.bothMediationEndpoints':
      'Entrambi gli elementi sono endpoint Mediation ({{a}} e {{b}}): un trunk collega uno dei due a un gateway PSTN, un IP-PBX o un SBC.',
    'delete.centralWithBranch': 'Il sito di succursale "{{branch}}" appartiene al sito centrale "{{central}}": elimina o sposta prima la succursale.',
    'delete.rootTrunk': 'Il trunk "{{trunk}}" è il trunk radice del suo peer ({{peer}}), che ha altri trunk: rendi prima trunk radice un altro dei suoi trunk.',
  },
} satisfies Record<Language, Record<RefusalId, string>>;

export const refusalMessages: Record<Language, Record<string, string>> = MESSAGES;
