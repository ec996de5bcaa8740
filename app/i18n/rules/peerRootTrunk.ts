import type { RuleTranslations } from './types.ts';

// {{peer}} reads as a kind noun without article and a name, so it sits in parentheses;
// {{trunks}} is up to three quoted trunk names joined with ", ", and {{more}} how many are left out (1 or more).
export const peerRootTrunkMessages: RuleTranslations = {
  es: {
    PEER_ROOT_TRUNK: {
      noTrunk: 'El par ({{peer}}) no tiene ningún tronco: trace uno hasta él desde un servidor de mediación, que se convertirá en su tronco raíz, o quite el par.',
      noRoot: 'El par ({{peer}}) no tiene tronco raíz: convierta uno de sus troncos ({{trunks}}) en el tronco raíz.',
      noRootMore: 'El par ({{peer}}) no tiene tronco raíz: convierta uno de sus troncos ({{trunks}} y {{more}} más) en el tronco raíz.',
      manyRoots: 'El par ({{peer}}) tiene {{count}} troncos raíz ({{trunks}}): conserve un tronco raíz y quite esa condición a los demás.',
      manyRootsMore: 'El par ({{peer}}) tiene {{count}} troncos raíz ({{trunks}} y {{more}} más): conserve un tronco raíz y quite esa condición a los demás.',
    },
  },
  pt: {
    PEER_ROOT_TRUNK: {
      noTrunk: 'O par ({{peer}}) não tem nenhum tronco: desenhe um até ele a partir de um Servidor de Mediação, que se tornará o seu tronco raiz, ou remova o par.',
      noRoot: 'O par ({{peer}}) não tem tronco raiz: torne um dos seus troncos ({{trunks}}) o tronco raiz.',
      noRootMore: 'O par ({{peer}}) não tem tronco raiz: torne um dos seus troncos ({{trunks}} e mais {{more}}) o tronco raiz.',
      manyRoots: 'O par ({{peer}}) tem {{count}} troncos raiz ({{trunks}}): mantenha um tronco raiz e retire essa condição dos demais.',
      manyRootsMore: 'O par ({{peer}}) tem {{count}} troncos raiz ({{trunks}} e mais {{more}}): mantenha um tronco raiz e retire essa condição dos demais.',
    },
  },
  zh: {
    PEER_ROOT_TRUNK: {
      noTrunk: '对等方（{{peer}}）没有中继：请从中介服务器向其绘制一条中继（它将成为其根中继），或删除该对等方。',
      noRoot: '对等方（{{peer}}）没有根中继：请将其中继（{{trunks}}）之一设为根中继。',
      noRootMore: '对等方（{{peer}}）没有根中继：请将其中继（{{trunks}}，另有 {{more}} 条）之一设为根中继。',
      manyRoots: '对等方（{{peer}}）有 {{count}} 条根中继（{{trunks}}）：请只保留一条根中继，并取消其他中继的根中继设置。',
      manyRootsMore: '对等方（{{peer}}）有 {{count}} 条根中继（{{trunks}}，另有 {{more}} 条）：请只保留一条根中继，并取消其他中继的根中继设置。',
    },
  },
  fr: {
    PEER_ROOT_TRUNK: {
      noTrunk: 'L’homologue ({{peer}}) n’a aucune jonction\u00a0: tracez-en une vers lui depuis un serveur de médiation, qui deviendra sa jonction racine, ou supprimez l’homologue.',
      noRoot: 'L’homologue ({{peer}}) n’a pas de jonction racine\u00a0: faites de l’une de ses jonctions ({{trunks}}) la jonction racine.',
      noRootMore: 'L’homologue ({{peer}}) n’a pas de jonction racine\u00a0: faites de l’une de ses jonctions ({{trunks}} et {{more}} de plus) la jonction racine.',
      manyRoots: 'L’homologue ({{peer}}) a {{count}} jonctions racines ({{trunks}})\u00a0: gardez une seule jonction racine et retirez ce rôle aux autres.',
      manyRootsMore: 'L’homologue ({{peer}}) a {{count}} jonctions racines ({{trunks}} et {{more}} de plus)\u00a0: gardez une seule jonction racine et retirez ce rôle aux autres.',
    },
  },
  it: {
    PEER_ROOT_TRUNK: {
      noTrunk: 'Il peer ({{peer}}) non ha alcun trunk: tracciane uno verso di esso da un Mediation Server, che diventerà il suo trunk radice, oppure rimuovi il peer.',
      noRoot: 'Il peer ({{peer}}) non ha un trunk radice: rendi trunk radice uno dei suoi trunk ({{trunks}}).',
      noRootMore: 'Il peer ({{peer}}) non ha un trunk radice: rendi trunk radice uno dei suoi trunk ({{trunks}} e {{more}} in più).',
      manyRoots: 'Il peer ({{peer}}) ha {{count}} trunk radice ({{trunks}}): mantieni un solo trunk radice e togli questo ruolo agli altri.',
      manyRootsMore: 'Il peer ({{peer}}) ha {{count}} trunk radice ({{trunks}} e {{more}} in più): mantieni un solo trunk radice e togli questo ruolo agli altri.',
    },
  },
};
