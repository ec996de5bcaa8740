import type { RuleTranslations } from './types.ts';

// {{node}} is a Front End pool or a Director: "grupo de servidores front-end pool01.contoso.com".
export const branchSiteRoleMessages: RuleTranslations = {
  es: {
    BRANCH_SITE_ROLE: {
      default:
        'El {{node}} está en el sitio de sucursal "{{site}}": un sitio de sucursal solo contiene puertas de enlace, IP-PBX, SBC y grupos de servidores de mediación. Muévalo a un sitio central.',
    },
  },
  pt: {
    BRANCH_SITE_ROLE: {
      default:
        'O {{node}} está no site de filial "{{site}}": um site de filial contém apenas gateways, IP-PBXs, SBCs e pools de Mediação. Mova-o para um site central.',
    },
  },
  zh: {
    BRANCH_SITE_ROLE: { default: '{{node}} 位于分支站点“{{site}}”中：分支站点只能包含网关、IP-PBX、SBC 和中介池。请将它移到中心站点。' },
  },
  fr: {
    BRANCH_SITE_ROLE: {
      default:
        'Le {{node}} se trouve dans le site de succursale «\u00a0{{site}}\u00a0»\u00a0: un site de succursale ne contient que des passerelles, des IP-PBX, des SBC et des pools de médiation. Déplacez-le vers un site central.',
    },
  },
  it: {
    BRANCH_SITE_ROLE: {
      default:
        'Il {{node}} si trova nel sito di succursale "{{site}}": un sito di succursale contiene solo gateway, IP-PBX, SBC e pool Mediation. Spostalo in un sito centrale.',
    },
  },
};
