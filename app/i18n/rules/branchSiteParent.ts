import type { RuleTranslations } from './types.ts';

// 'self': the branch site names itself as its central site; 'branch': it names another branch site ({{parent}}).
export const branchSiteParentMessages: RuleTranslations = {
  es: {
    BRANCH_SITE_PARENT: {
      self: 'El sitio de sucursal "{{site}}" se indica a sí mismo como su sitio central: un sitio de sucursal pertenece a un sitio central. Elija un sitio central para él.',
      branch:
        'El sitio de sucursal "{{site}}" indica el sitio de sucursal "{{parent}}" como su sitio central: un sitio de sucursal pertenece a un sitio central. Elija un sitio central para él.',
    },
  },
  pt: {
    BRANCH_SITE_PARENT: {
      self: 'O site de filial "{{site}}" indica a si mesmo como seu site central: um site de filial pertence a um site central. Escolha um site central para ele.',
      branch:
        'O site de filial "{{site}}" indica o site de filial "{{parent}}" como seu site central: um site de filial pertence a um site central. Escolha um site central para ele.',
    },
  },
  zh: {
    BRANCH_SITE_PARENT: {
      self: '分支站点“{{site}}”将自身指定为其中心站点：分支站点属于一个中心站点。请为它选择一个中心站点。',
      branch: '分支站点“{{site}}”将分支站点“{{parent}}”指定为其中心站点：分支站点属于一个中心站点。请为它选择一个中心站点。',
    },
  },
  fr: {
    BRANCH_SITE_PARENT: {
      self: 'Le site de succursale «\u00a0{{site}}\u00a0» se désigne lui-même comme son site central\u00a0: un site de succursale appartient à un site central. Choisissez-lui un site central.',
      branch:
        'Le site de succursale «\u00a0{{site}}\u00a0» désigne le site de succursale «\u00a0{{parent}}\u00a0» comme son site central\u00a0: un site de succursale appartient à un site central. Choisissez-lui un site central.',
    },
  },
  it: {
    BRANCH_SITE_PARENT: {
      self: 'Il sito di succursale "{{site}}" indica se stesso come sito centrale: un sito di succursale appartiene a un sito centrale. Scegli un sito centrale per questo sito.',
      branch:
        'Il sito di succursale "{{site}}" indica il sito di succursale "{{parent}}" come sito centrale: un sito di succursale appartiene a un sito centrale. Scegli un sito centrale per questo sito.',
    },
  },
};
