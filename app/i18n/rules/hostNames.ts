// Why a name is not a host name (naming.ts's hostNameFault), in each language: shared by the
// translations of FQDN_INVALID and ADDRESS_INVALID, which put the reason in brackets after the name.
import type { RuleTranslations } from './types.ts';

export type HostNameReason =
  | 'tooLong'
  | 'ipAddress'
  | 'colon'
  | 'badIpv4'
  | 'oneLabel'
  | 'emptyLabel'
  | 'longLabel'
  | 'characters'
  | 'hyphen'
  | 'numericLabel';

export const HOST_NAME_REASONS: Record<keyof RuleTranslations, Record<HostNameReason, string>> = {
  es: {
    tooLong: 'tiene {{length}} caracteres, más de 253',
    ipAddress: 'es una dirección IP',
    colon: 'un nombre no puede contener ":", y tampoco es una dirección IPv6 válida',
    badIpv4: 'parece una dirección IPv4, pero no es una dirección válida',
    oneLabel: 'necesita al menos dos etiquetas, como en host.contoso.com',
    emptyLabel: 'tiene una etiqueta vacía (un punto al principio, al final o doble)',
    longLabel: 'una etiqueta tiene más de 63 caracteres',
    characters: 'solo se permiten letras, dígitos, guiones y puntos',
    hyphen: 'una etiqueta empieza o termina con un guion',
    numericLabel: 'su última etiqueta tiene solo dígitos (¿una dirección IP mal escrita?)',
  },
  pt: {
    tooLong: 'tem {{length}} caracteres, mais de 253',
    ipAddress: 'é um endereço IP',
    colon: 'um nome não pode conter ":", e também não é um endereço IPv6 válido',
    badIpv4: 'parece um endereço IPv4, mas não é um endereço válido',
    oneLabel: 'precisa de pelo menos dois rótulos, como em host.contoso.com',
    emptyLabel: 'tem um rótulo vazio (um ponto no início, no fim ou duplicado)',
    longLabel: 'um rótulo tem mais de 63 caracteres',
    characters: 'só são permitidos letras, dígitos, hifens e pontos',
    hyphen: 'um rótulo começa ou termina com hífen',
    numericLabel: 'o último rótulo tem só dígitos (um endereço IP digitado errado?)',
  },
  zh: {
    tooLong: '它有 {{length}} 个字符，超过 253 个',
    ipAddress: '它是 IP 地址',
    colon: '名称不能包含“:”，而它也不是有效的 IPv6 地址',
    badIpv4: '它看起来像 IPv4 地址，但不是有效的地址',
    oneLabel: '它至少需要两个标签，例如 host.contoso.com',
    emptyLabel: '它有空标签（开头或末尾有点，或有两个连续的点）',
    longLabel: '有标签超过 63 个字符',
    characters: '只允许字母、数字、连字符和点',
    hyphen: '有标签以连字符开头或结尾',
    numericLabel: '它的最后一个标签全是数字（是否输错了 IP 地址？）',
  },
  fr: {
    tooLong: '{{length}}\u00a0caractères, au-delà de 253',
    ipAddress: 'c’est une adresse IP',
    colon: 'un nom ne peut pas contenir «\u00a0:\u00a0», et ce n’est pas non plus une adresse IPv6 valide',
    badIpv4: 'cela ressemble à une adresse IPv4, mais ce n’en est pas une valide',
    oneLabel: 'il faut au moins deux étiquettes, comme dans host.contoso.com',
    emptyLabel: 'une étiquette est vide (point au début, à la fin ou doublé)',
    longLabel: 'une étiquette dépasse 63\u00a0caractères',
    characters: 'seuls les lettres, les chiffres, les traits d’union et les points sont autorisés',
    hyphen: 'une étiquette commence ou se termine par un trait d’union',
    numericLabel: 'la dernière étiquette ne compte que des chiffres (une adresse IP mal saisie\u202f?)',
  },
  it: {
    tooLong: 'ha {{length}} caratteri, più di 253',
    ipAddress: 'è un indirizzo IP',
    colon: 'un nome non può contenere ":", e non è nemmeno un indirizzo IPv6 valido',
    badIpv4: 'sembra un indirizzo IPv4, ma non è un indirizzo valido',
    oneLabel: 'servono almeno due etichette, come in host.contoso.com',
    emptyLabel: 'ha un’etichetta vuota (un punto all’inizio, alla fine o doppio)',
    longLabel: 'un’etichetta supera i 63 caratteri',
    characters: 'sono ammessi solo lettere, cifre, trattini e punti',
    hyphen: 'un’etichetta inizia o finisce con un trattino',
    numericLabel: 'l’ultima etichetta è composta solo da cifre (un indirizzo IP digitato male?)',
  },
};

/** One template per reason: `template` with the reason in place of {reason}. */
export function perReason(reasons: Record<HostNameReason, string>, template: string): Record<HostNameReason, string> {
  const templates = {} as Record<HostNameReason, string>;
  for (const [id, reason] of Object.entries(reasons) as [HostNameReason, string][]) templates[id] = template.replace('{reason}', reason);
  return templates;
}
