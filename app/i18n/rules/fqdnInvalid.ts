import { HOST_NAME_REASONS, perReason } from './hostNames.ts';
import type { RuleTranslations } from './types.ts';

// {{node}} is a Front End pool, a Mediation pool or a Director: "grupo de servidores front-end pool01.contoso.com".
// One bad name: a message per reason (hostNames.ts); several: 'many', which lists the names without reasons.
const es = 'Use un FQDN de letras, dígitos y guiones con dos etiquetas o más, como pool01.contoso.com.';
const pt = 'Use um FQDN de letras, dígitos e hifens com dois rótulos ou mais, como pool01.contoso.com.';
const zh = '请使用由字母、数字和连字符组成、至少包含两个标签的 FQDN，例如 pool01.contoso.com。';
const fr = 'Utilisez un FQDN composé de lettres, de chiffres et de traits d’union, avec au moins deux étiquettes, comme pool01.contoso.com.';
const it = 'Usa un FQDN di lettere, cifre e trattini con almeno due etichette, come pool01.contoso.com.';

export const fqdnInvalidMessages: RuleTranslations = {
  es: {
    FQDN_INVALID: {
      empty: `El {{node}} tiene un nombre no válido: un nombre vacío. ${es}`,
      ...perReason(HOST_NAME_REASONS.es, `El {{node}} tiene un nombre no válido: "{{name}}" ({reason}). ${es}`),
      many: `El {{node}} tiene nombres no válidos: {{names}}. ${es}`,
    },
  },
  pt: {
    FQDN_INVALID: {
      empty: `O {{node}} tem um nome inválido: um nome vazio. ${pt}`,
      ...perReason(HOST_NAME_REASONS.pt, `O {{node}} tem um nome inválido: "{{name}}" ({reason}). ${pt}`),
      many: `O {{node}} tem nomes inválidos: {{names}}. ${pt}`,
    },
  },
  zh: {
    FQDN_INVALID: {
      empty: `{{node}} 的名称无效：名称为空。${zh}`,
      ...perReason(HOST_NAME_REASONS.zh, `{{node}} 的名称无效：“{{name}}”（{reason}）。${zh}`),
      many: `{{node}} 的名称无效：{{names}}。${zh}`,
    },
  },
  fr: {
    FQDN_INVALID: {
      empty: `Le {{node}} a un nom non valide\u00a0: un nom vide. ${fr}`,
      ...perReason(HOST_NAME_REASONS.fr, `Le {{node}} a un nom non valide\u00a0: «\u00a0{{name}}\u00a0» ({reason}). ${fr}`),
      many: `Le {{node}} a des noms non valides\u00a0: {{names}}. ${fr}`,
    },
  },
  it: {
    FQDN_INVALID: {
      empty: `Il {{node}} ha un nome non valido: un nome vuoto. ${it}`,
      ...perReason(HOST_NAME_REASONS.it, `Il {{node}} ha un nome non valido: "{{name}}" ({reason}). ${it}`),
      many: `Il {{node}} ha nomi non validi: {{names}}. ${it}`,
    },
  },
};
