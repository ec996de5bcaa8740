// The inspector's field edits, as pure functions on top of edit.ts, and the choices its menus offer.
// Each edit keeps the parser's guarantees: no undefined values, references that resolve, the kind-specific shape.
import { defaultMediation, defaultTcpRange } from './defaults.ts';
import { updateNode, updateSite, updateTrunk, withoutKey } from './edit.ts';
import type { MediationConfig, NodeKind, PortRange, Site, SiteKind, Topology, TopologyNode, Trunk } from './model.ts';

/** Applies a patch of kind-specific keys to one node. */
export function patchNode<N extends TopologyNode>(doc: Topology, id: string, patch: Partial<Omit<N, 'id' | 'kind'>>): Topology {
  return updateNode(doc, id, (node) => ({ ...node, ...patch }) as TopologyNode);
}

/** Sets a node's label; a blank label removes the key. */
export function setNodeLabel(doc: Topology, id: string, label: string): Topology {
  return updateNode(doc, id, (node) => (label.trim() === '' ? withoutKey(node, 'label') : { ...node, label }));
}

/** Turns the collocated Mediation Server of a Front End pool on (documented defaults) or off. */
export function setCollocatedMediation(doc: Topology, id: string, on: boolean): Topology {
  return updateNode(doc, id, (node) => {
    if (node.kind !== 'frontEndPool' || (node.mediation !== null) === on) return node;
    return { ...node, mediation: on ? defaultMediation() : null };
  });
}

/** Edits the mediation config of a Mediation pool, or of a Front End pool with collocated Mediation. */
export function updateMediation(doc: Topology, id: string, update: (mediation: MediationConfig) => MediationConfig): Topology {
  return updateNode(doc, id, (node) => {
    if (node.kind === 'mediationPool') return { ...node, mediation: update(node.mediation) };
    if (node.kind === 'frontEndPool' && node.mediation !== null) return { ...node, mediation: update(node.mediation) };
    return node;
  });
}

export type RangeName = 'tlsPortRange' | 'tcpPortRange';

/** Sets one end (0: from, 1: to) of a listening range; a disabled TCP range stays disabled. */
export function setRangeEnd(doc: Topology, id: string, range: RangeName, end: 0 | 1, port: number): Topology {
  return updateMediation(doc, id, (m) => {
    const current = m[range];
    if (current === null) return m;
    const next: PortRange = end === 0 ? [port, current[1]] : [current[0], port];
    return { ...m, [range]: next };
  });
}

/** TCP on: the documented port (5068); off: null. */
export function setTcpEnabled(doc: Topology, id: string, on: boolean): Topology {
  return updateMediation(doc, id, (m) => ((m.tcpPortRange !== null) === on ? m : { ...m, tcpPortRange: on ? defaultTcpRange() : null }));
}

export function setSipServerPort(doc: Topology, id: string, port: number): Topology {
  return updateMediation(doc, id, (m) => ({ ...m, sipServerPort: port }));
}

/** Peak calls: a number, or undefined to leave the key out. */
export function setPeakCalls(doc: Topology, id: string, peakCalls: number | undefined): Topology {
  if (peakCalls !== undefined) return updateTrunk(doc, id, { peakCalls });
  return { ...doc, trunks: doc.trunks.map((t): Trunk => (t.id === id ? withoutKey(t, 'peakCalls') : t)) };
}

/** The central site a site would belong to if it became a branch: its current one if still central, else the first other central site. */
export function centralSiteForBranch(doc: Topology, siteId: string): Site | undefined {
  const site = doc.sites.find((s) => s.id === siteId);
  const current = site?.centralSiteId === undefined ? undefined : doc.sites.find((s) => s.id === site.centralSiteId);
  if (current && current.kind === 'central' && current.id !== siteId) return current;
  return doc.sites.find((s) => s.kind === 'central' && s.id !== siteId);
}

/**
 * Changes a site's kind. A branch needs a central site: the first other central site is chosen, and
 * without one the change is refused (null). A central site has no centralSiteId.
 */
export function setSiteKind(doc: Topology, siteId: string, kind: SiteKind): Topology | null {
  const site = doc.sites.find((s) => s.id === siteId);
  if (!site || site.kind === kind) return doc;
  if (kind === 'central') {
    return { ...doc, sites: doc.sites.map((s) => (s.id === siteId ? { ...withoutKey(s, 'centralSiteId'), kind } : s)) };
  }
  const central = centralSiteForBranch(doc, siteId);
  if (!central) return null;
  return updateSite(doc, siteId, { kind, centralSiteId: central.id });
}

export interface Choice {
  id: string;
  /** The node's label and FQDN or address, or the site's name. */
  name: string;
  /** The node kind when it is a wrong choice the rules will explain (a Director as next hop). */
  kind?: NodeKind | SiteKind;
}

/** The node's name as shown in the inspector: "Pool 1 (pool01.contoso.com)", or the address alone. */
export function nodeTitle(node: TopologyNode): string {
  const address = 'fqdn' in node ? node.fqdn : node.address;
  const label = node.label?.trim();
  if (label && label !== address) return address ? `${label} (${address})` : label;
  return address;
}

/**
 * Next hops a Mediation pool may name: every Front End pool, and every Director (a wrong choice that
 * MEDIATION_NEXT_HOP_KIND explains), plus the current next hop whatever its kind, so that it shows.
 */
export function nextHopChoices(doc: Topology, currentId: string | null): Choice[] {
  const choices: Choice[] = [];
  for (const node of doc.nodes) {
    if (node.kind === 'frontEndPool') choices.push({ id: node.id, name: nodeTitle(node) });
    else if (node.kind === 'director' || node.id === currentId) choices.push({ id: node.id, name: nodeTitle(node), kind: node.kind });
  }
  return choices;
}

/** Central sites a branch may belong to, plus its current parent whatever its kind (a rule reports a branch parent). */
export function centralSiteChoices(doc: Topology, siteId: string): Choice[] {
  const current = doc.sites.find((s) => s.id === siteId)?.centralSiteId;
  return doc.sites
    .filter((s) => (s.kind === 'central' && s.id !== siteId) || s.id === current)
    .map((s) => (s.kind === 'central' ? { id: s.id, name: s.name } : { id: s.id, name: s.name, kind: s.kind }));
}
