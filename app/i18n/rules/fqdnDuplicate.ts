import type { RuleTranslations } from './types.ts';

// 'clash': {{node}} and {{other}} may be of any kind, of either gender: "el nodo puerta de enlace gw01".
// 'repeat': {{node}} is a pool or a Director. {{names}} is a list of quoted names: "a.contoso.com", "b.contoso.com".
export const fqdnDuplicateMessages: RuleTranslations = {
  es: {
    FQDN_DUPLICATE: {
      clash:
        'El nodo {{node}} usa el nombre "{{name}}", que ya usa el nodo {{other}}: un nombre solo puede pertenecer a un nodo. Cambie el nombre de uno de los dos.',
      clashMany:
        'El nodo {{node}} usa los nombres {{names}}, que ya usa el nodo {{other}}: un nombre solo puede pertenecer a un nodo. Cambie el nombre de uno de los dos.',
      repeat:
        'El {{node}} usa el nombre "{{name}}" más de una vez: su FQDN y sus nombres de servidor deben ser todos distintos. Quite o cambie el nombre repetido.',
      repeatMany:
        'El {{node}} usa los nombres {{names}} más de una vez: su FQDN y sus nombres de servidor deben ser todos distintos. Quite o cambie los nombres repetidos.',
    },
  },
  pt: {
    FQDN_DUPLICATE: {
      clash: 'O {{node}} usa o nome "{{name}}", já usado pelo {{other}}: um nome só pode pertencer a um nó. Renomeie um deles.',
      clashMany: 'O {{node}} usa os nomes {{names}}, já usados pelo {{other}}: um nome só pode pertencer a um nó. Renomeie um deles.',
      repeat:
        'O {{node}} usa o nome "{{name}}" mais de uma vez: o FQDN e os nomes de servidor dele devem ser todos diferentes. Remova ou renomeie a repetição.',
      repeatMany:
        'O {{node}} usa os nomes {{names}} mais de uma vez: o FQDN e os nomes de servidor dele devem ser todos diferentes. Remova ou renomeie as repetições.',
    },
  },
  zh: {
    FQDN_DUPLICATE: {
      clash: '{{node}} 使用的名称“{{name}}”已被{{other}} 使用：一个名称只能属于一个节点。请重命名其中一个。',
      clashMany: '{{node}} 使用的名称 {{names}} 已被{{other}} 使用：一个名称只能属于一个节点。请重命名其中一个。',
      repeat: '{{node}} 多次使用名称“{{name}}”：它的 FQDN 和服务器名称必须各不相同。请删除或重命名重复项。',
      repeatMany: '{{node}} 多次使用名称 {{names}}：它的 FQDN 和服务器名称必须各不相同。请删除或重命名重复项。',
    },
  },
  fr: {
    FQDN_DUPLICATE: {
      clash:
        'Le nœud {{node}} utilise le nom «\u00a0{{name}}\u00a0», déjà utilisé par le nœud {{other}}\u00a0: un nom ne peut appartenir qu’à un seul nœud. Renommez l’un des deux.',
      clashMany:
        'Le nœud {{node}} utilise les noms {{names}}, déjà utilisés par le nœud {{other}}\u00a0: un nom ne peut appartenir qu’à un seul nœud. Renommez l’un des deux.',
      repeat:
        'Le {{node}} utilise le nom «\u00a0{{name}}\u00a0» plus d’une fois\u00a0: son FQDN et ses noms de serveur doivent tous être différents. Supprimez ou renommez le doublon.',
      repeatMany:
        'Le {{node}} utilise les noms {{names}} plus d’une fois\u00a0: son FQDN et ses noms de serveur doivent tous être différents. Supprimez ou renommez les doublons.',
    },
  },
  it: {
    FQDN_DUPLICATE: {
      clash:
        'Il nodo {{node}} usa il nome "{{name}}", già usato dal nodo {{other}}: un nome può appartenere a un solo nodo. Rinomina uno dei due.',
      clashMany:
        'Il nodo {{node}} usa i nomi {{names}}, già usati dal nodo {{other}}: un nome può appartenere a un solo nodo. Rinomina uno dei due.',
      repeat:
        'Il {{node}} usa il nome "{{name}}" più di una volta: il suo FQDN e i nomi dei suoi server devono essere tutti diversi. Rimuovi o rinomina il duplicato.',
      repeatMany:
        'Il {{node}} usa i nomi {{names}} più di una volta: il suo FQDN e i nomi dei suoi server devono essere tutti diversi. Rimuovi o rinomina i duplicati.',
    },
  },
};
