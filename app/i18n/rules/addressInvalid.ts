import { HOST_NAME_REASONS, perReason } from './hostNames.ts';
import type { RuleTranslations } from './types.ts';

// {{node}} is a gateway, an IP-PBX or an SBC, of either gender: "el nodo puerta de enlace gw01".
// A blank address: 'missing'; otherwise a message per reason (hostNames.ts).
const es = 'Escriba un FQDN como gw01.contoso.com, o una dirección IPv4 o IPv6.';
const pt = 'Insira um FQDN como gw01.contoso.com, ou um endereço IPv4 ou IPv6.';
const zh = '请输入 FQDN（例如 gw01.contoso.com），或者 IPv4 或 IPv6 地址。';
const fr = 'Saisissez un FQDN tel que gw01.contoso.com, ou une adresse IPv4 ou IPv6.';
const it = 'Inserisci un FQDN come gw01.contoso.com, oppure un indirizzo IPv4 o IPv6.';

export const addressInvalidMessages: RuleTranslations = {
  es: {
    ADDRESS_INVALID: {
      missing: `El nodo {{node}} no tiene dirección. ${es}`,
      ...perReason(
        HOST_NAME_REASONS.es,
        `El nodo {{node}} tiene la dirección "{{address}}", que no es ni un FQDN ni una dirección IP ({reason}). ${es}`,
      ),
    },
  },
  pt: {
    ADDRESS_INVALID: {
      missing: `O {{node}} não tem endereço. ${pt}`,
      ...perReason(HOST_NAME_REASONS.pt, `O {{node}} tem o endereço "{{address}}", que não é nem um FQDN nem um endereço IP ({reason}). ${pt}`),
    },
  },
  zh: {
    ADDRESS_INVALID: {
      missing: `{{node}} 没有地址。${zh}`,
      ...perReason(HOST_NAME_REASONS.zh, `{{node}} 的地址“{{address}}”既不是 FQDN 也不是 IP 地址（{reason}）。${zh}`),
    },
  },
  fr: {
    ADDRESS_INVALID: {
      missing: `Le nœud {{node}} n’a pas d’adresse. ${fr}`,
      ...perReason(
        HOST_NAME_REASONS.fr,
        `Le nœud {{node}} a l’adresse «\u00a0{{address}}\u00a0», qui n’est ni un FQDN ni une adresse IP ({reason}). ${fr}`,
      ),
    },
  },
  it: {
    ADDRESS_INVALID: {
      missing: `Il nodo {{node}} non ha un indirizzo. ${it}`,
      ...perReason(HOST_NAME_REASONS.it, `Il nodo {{node}} ha l’indirizzo "{{address}}", che non è né un FQDN né un indirizzo IP ({reason}). ${it}`),
    },
  },
};
