// Text and name checks shared by the rules of "Names and addresses", "Sites" and "Pools".
import { describeNode, KIND_NOUN } from '../describe.ts';
import type { MediationConfig, PortRange, TopologyNode } from '../model.ts';
import { isIpv4 } from '../names.ts';
import type { TopologyIndex } from '../topologyIndex.ts';

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

/** Why a name is not a host name, in a few words (only meaningful when isHostName is false). */
export function hostNameProblem(name: string): string {
  if (name.length === 0) return 'it is empty';
  if (name.length > 253) return `it has ${name.length} characters, more than 253`;
  if (isIpv4(name)) return 'it is an IP address';
  if (name.includes(':')) return 'a name cannot contain ":", and it is not a valid IPv6 address either';
  if (/^(?=.*\d)[\d.]+$/.test(name)) return 'it looks like an IPv4 address but is not a valid one';
  const labels = name.split('.');
  if (labels.length < 2) return 'it needs at least two labels, as in host.contoso.com';
  if (labels.some((label) => label.length === 0)) return 'it has an empty label (a leading, trailing or double dot)';
  if (labels.some((label) => label.length > 63)) return 'a label is longer than 63 characters';
  if (labels.some((label) => /[^A-Za-z0-9-]/.test(label))) return 'only letters, digits, hyphens and dots are allowed';
  if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) return 'a label starts or ends with a hyphen';
  return 'its last label is all digits (a mistyped IP address?)';
}

/** A name as messages quote it. */
export function quoteName(name: string): string {
  return name.length === 0 ? 'an empty name' : `"${name}"`;
}

/** A bad name and why it is bad: "fe_01.contoso.com" (only letters, ...), or "an empty name". */
export function badNameText(name: string): string {
  return name.length === 0 ? quoteName(name) : `${quoteName(name)} (${hostNameProblem(name)})`;
}

/**
 * describeNode, but still naming the node when its FQDN or address is blank (a design in
 * progress): by label, or else by kind and site, so that a message never shows an empty name.
 */
export function nodeText(node: TopologyNode, index: TopologyIndex): string {
  const address = 'fqdn' in node ? node.fqdn : node.address;
  if (address.trim().length > 0) return describeNode(node);
  const label = node.label?.trim();
  if (label) return `${KIND_NOUN[node.kind]} "${label}"`;
  const site = index.siteById.get(node.siteId);
  return `an unnamed ${KIND_NOUN[node.kind]}${site ? ` in site "${site.name}"` : ''}`;
}

/** "port 5067" or "ports 5067–5068". */
export function rangeText(range: PortRange): string {
  const [from, to] = range;
  return from === to ? `port ${from}` : `ports ${from}–${to}`;
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

/** Joins "a", "b", "c" as "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Capitalises the first letter, for a description that opens a sentence ("gateway gw1" → "Gateway gw1"). */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
