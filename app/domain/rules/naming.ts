// Name checks and message terms shared by the rules of "Names and addresses", "Sites" and "Pools".
import { term, type ListParam, type MessageTemplates, type TermRef } from '../diagnostic.ts';
import type { MediationConfig, PortRange } from '../model.ts';
import { isIpv4 } from '../names.ts';

// One pass over the whole name: the same test as names.ts's isDnsName (whose IPv4 exclusion the
// all-digit last label already covers), without splitting, for documents of thousands of names.
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const HOST_NAME = new RegExp(`^(?=.{1,253}$)(?:${LABEL}\\.)+(?=[A-Za-z0-9-]*[A-Za-z-])${LABEL}$`);

/**
 * A host name as the rules accept it: a DNS name (names.ts) whose last label is not all digits.
 * RFC 3696 §2 forbids an all-numeric top-level label; without this, a mistyped IPv4 such as
 * 10.0.0.256 would pass as an FQDN and escape every IP-literal check.
 */
export function isHostName(name: string): boolean {
  return HOST_NAME.test(name);
}

/** Why a name is not a host name, as a term id (and, for a long name, its length). */
export type HostNameFault =
  | { id: 'empty' }
  | { id: 'tooLong'; length: number }
  | { id: 'ipAddress' | 'colon' | 'badIpv4' | 'oneLabel' | 'emptyLabel' | 'longLabel' | 'characters' | 'hyphen' | 'numericLabel' };

/** Why a name is not a host name (only meaningful when isHostName is false). */
export function hostNameFault(name: string): HostNameFault {
  if (name.length === 0) return { id: 'empty' };
  if (name.length > 253) return { id: 'tooLong', length: name.length };
  if (isIpv4(name)) return { id: 'ipAddress' };
  if (name.includes(':')) return { id: 'colon' };
  if (/^(?=.*\d)[\d.]+$/.test(name)) return { id: 'badIpv4' };
  const labels = name.split('.');
  if (labels.length < 2) return { id: 'oneLabel' };
  if (labels.some((label) => label.length === 0)) return { id: 'emptyLabel' };
  if (labels.some((label) => label.length > 63)) return { id: 'longLabel' };
  if (labels.some((label) => /[^A-Za-z0-9-]/.test(label))) return { id: 'characters' };
  if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) return { id: 'hyphen' };
  return { id: 'numericLabel' };
}

/** Why a name is not a host name, in English: `hostName.<fault>` of the terms catalogue. */
export const HOST_NAME_TERMS = {
  'hostName.tooLong': 'it has {{length}} characters, more than 253',
  'hostName.ipAddress': 'it is an IP address',
  'hostName.colon': 'a name cannot contain ":", and it is not a valid IPv6 address either',
  'hostName.badIpv4': 'it looks like an IPv4 address but is not a valid one',
  'hostName.oneLabel': 'it needs at least two labels, as in host.contoso.com',
  'hostName.emptyLabel': 'it has an empty label (a leading, trailing or double dot)',
  'hostName.longLabel': 'a label is longer than 63 characters',
  'hostName.characters': 'only letters, digits, hyphens and dots are allowed',
  'hostName.hyphen': 'a label starts or ends with a hyphen',
  'hostName.numericLabel': 'its last label is all digits (a mistyped IP address?)',
  // A bad name in a list: quoted, with why it is bad.
  'badName.empty': 'an empty name',
  'badName.fault': '"{{name}}" ({{reason}})',
  // A name quoted in a list of names.
  'quoted': '"{{name}}"',
} as const satisfies MessageTemplates;

/** Why a name is not a host name, as a term (only meaningful when isHostName is false; never for an empty name). */
export function hostNameReason(name: string): TermRef {
  const fault = hostNameFault(name);
  if (fault.id === 'tooLong') return term('hostName.tooLong', { length: fault.length });
  return term(`hostName.${fault.id}`);
}

/** A bad name and why it is bad: '"fe_01.contoso.com" (only letters, ...)', or 'an empty name'. */
export function badName(name: string): TermRef {
  return name.length === 0 ? term('badName.empty') : term('badName.fault', { name, reason: hostNameReason(name) });
}

/** Names as one list param, each quoted. */
export function namesParam(names: readonly string[]): ListParam {
  return { list: names.map((name) => term('quoted', { name })) };
}

/** Ports in English: a range of one port, or a wider one. */
export const PORT_TERMS = {
  'ports.one': 'port {{port}}',
  'ports.range': 'ports {{from}}–{{to}}',
  // The listening range of a transport, with its ports.
  'listener': 'the {{listener}} range ({{ports}})',
} as const satisfies MessageTemplates;

/** "port 5067" or "ports 5067–5068", as a term. */
export function portsTerm([from, to]: PortRange): TermRef {
  return from === to ? term('ports.one', { port: from }) : term('ports.range', { from, to });
}

export interface NamedRange {
  /** "TLS", "TCP" */
  name: string;
  range: PortRange;
}

/** The listening ranges of a mediation config: TLS always, TCP when enabled. */
export function listenerRanges(mediation: MediationConfig): NamedRange[] {
  const ranges: NamedRange[] = [{ name: 'TLS', range: mediation.tlsPortRange }];
  if (mediation.tcpPortRange !== null) ranges.push({ name: 'TCP', range: mediation.tcpPortRange });
  return ranges;
}


