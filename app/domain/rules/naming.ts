// Text and name checks shared by the rules of "Names and addresses", "Sites" and "Pools".
import type { MessageKey, NodeRef } from '../diagnostic.ts';
import { describeNode, KIND_NOUN, nodeRef } from '../describe.ts';
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

/** Why a name is not a host name, as a message id (and, for a long name, its length). */
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

/** Why a name is not a host name, in a few words (only meaningful when isHostName is false). */
export function hostNameProblem(name: string): string {
  const fault = hostNameFault(name);
  switch (fault.id) {
    case 'empty':
      return 'it is empty';
    case 'tooLong':
      return `it has ${fault.length} characters, more than 253`;
    case 'ipAddress':
      return 'it is an IP address';
    case 'colon':
      return 'a name cannot contain ":", and it is not a valid IPv6 address either';
    case 'badIpv4':
      return 'it looks like an IPv4 address but is not a valid one';
    case 'oneLabel':
      return 'it needs at least two labels, as in host.contoso.com';
    case 'emptyLabel':
      return 'it has an empty label (a leading, trailing or double dot)';
    case 'longLabel':
      return 'a label is longer than 63 characters';
    case 'characters':
      return 'only letters, digits, hyphens and dots are allowed';
    case 'hyphen':
      return 'a label starts or ends with a hyphen';
    case 'numericLabel':
      return 'its last label is all digits (a mistyped IP address?)';
  }
}

/**
 * The key of a message about one bad name: its fault is the message id; the params are the node,
 * the name under `nameParam` (none when the name is empty) and, for a long name, its length.
 */
export function hostNameFaultKey(fault: HostNameFault, node: NodeRef, nameParam: string, name: string): MessageKey {
  if (fault.id === 'empty') return { id: 'empty', params: { node } };
  if (fault.id === 'tooLong') return { id: 'tooLong', params: { node, [nameParam]: name, length: fault.length } };
  return { id: fault.id, params: { node, [nameParam]: name } };
}

/** The message ids of hostNameFaultKey and their params, for a rule's `messages`. */
export function hostNameFaultMessages(nameParam: string): Record<Exclude<HostNameFault['id'], 'empty'>, string[]> {
  const plain = ['node', nameParam];
  return {
    tooLong: [...plain, 'length'],
    ipAddress: plain,
    colon: plain,
    badIpv4: plain,
    oneLabel: plain,
    emptyLabel: plain,
    longLabel: plain,
    characters: plain,
    hyphen: plain,
    numericLabel: plain,
  };
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

/**
 * nodeText as a message param: the node's kind, and its name as describeNode gives it, or its label
 * when its FQDN or address is blank, or else "" and the site's name in brackets, which read the same
 * in every language: "gateway "" ("Redmond")".
 */
export function nodeParam(node: TopologyNode, index: TopologyIndex): NodeRef {
  const address = 'fqdn' in node ? node.fqdn : node.address;
  if (address.trim().length > 0) return nodeRef(node);
  const label = node.label?.trim();
  if (label) return { kind: node.kind, name: `"${label}"` };
  const site = index.siteById.get(node.siteId);
  return { kind: node.kind, name: site ? `"" ("${site.name}")` : '""' };
}

/** Names as one message param: each quoted, joined by commas (no English "and"). */
export function namesParam(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** A port range as a message param, in no language's words: "5067" or "5067–5068". */
export function rangeParam([from, to]: PortRange): string {
  return from === to ? `${from}` : `${from}–${to}`;
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
