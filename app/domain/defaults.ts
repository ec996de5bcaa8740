// Defaults for new elements, from the Lync Server 2013 documentation (rules.md, "Behaviour"). The numbers
// themselves are DEFAULTS (limits.ts), which the schema fills in for a document that leaves them out.
import { DEFAULTS } from './limits.ts';
import type { Frame, MediationConfig, NodeKind, PortRange, Position, Site, SiteKind, Topology, TopologyNode } from './model.ts';

export const DEFAULT_PORTS = {
  mediationTls: DEFAULTS.mediation.tlsPort,
  /** Off by default; this is the port proposed when the user turns TCP on. */
  mediationTcp: DEFAULTS.mediation.tcpPort,
  sipServer: DEFAULTS.mediation.sipServerPort,
  peerTls: DEFAULTS.peerPort.TLS,
  peerTcp: DEFAULTS.peerPort.TCP,
} as const;

export function defaultMediation(): MediationConfig {
  return { tlsPortRange: [DEFAULT_PORTS.mediationTls, DEFAULT_PORTS.mediationTls], tcpPortRange: null, sipServerPort: DEFAULT_PORTS.sipServer };
}

/** A format-1 trunk's media settings as format.md defaults them: no bypass, centralized media, REFER and RTCP on, SRTP required. */
export const TRUNK_MEDIA_DEFAULTS = DEFAULTS.trunk;

/** The TCP range proposed when the user turns TCP on for a mediation endpoint. */
export function defaultTcpRange(): PortRange {
  return [DEFAULT_PORTS.mediationTcp, DEFAULT_PORTS.mediationTcp];
}

/** Every id in the document: all its collections share one id space (format-2.md). */
export function usedIds(doc: Topology): Set<string> {
  const ids = new Set<string>();
  for (const list of [doc.sites, doc.nodes, doc.trunks, doc.trunkConfigurations, doc.voiceRoutes, doc.voicePolicies, doc.dialPlans, doc.routingTests]) {
    for (const item of list) ids.add(item.id);
  }
  return ids;
}

export function uniqueId(used: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) {
    const candidate = `${prefix}${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Every host name in the document, lower-cased: FQDNs, server names, peer addresses. */
export function usedNames(doc: Topology): Set<string> {
  const names = new Set<string>();
  for (const node of doc.nodes) {
    if ('fqdn' in node) {
      names.add(node.fqdn.toLowerCase());
      for (const server of node.servers) names.add(server.toLowerCase());
    } else {
      names.add(node.address.toLowerCase());
    }
  }
  return names;
}

/** The DNS domain most names in the document share, so that new names look like their neighbours. */
export function documentDomain(doc: Topology, fallback = 'contoso.com'): string {
  const counts = new Map<string, number>();
  for (const name of usedNames(doc)) {
    const dot = name.indexOf('.');
    if (dot <= 0 || /^[\d.]+$/.test(name) || name.includes(':')) continue;
    const domain = name.slice(dot + 1);
    if (!domain.includes('.')) continue;
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  let best = fallback;
  let bestCount = 0;
  for (const [domain, count] of counts) {
    if (count > bestCount) {
      best = domain;
      bestCount = count;
    }
  }
  return best;
}

const HOST_PREFIX: Record<NodeKind, string> = {
  frontEndPool: 'pool',
  mediationPool: 'med',
  director: 'dir',
  pstnGateway: 'gw',
  ipPbx: 'pbx',
  sbc: 'sbc',
};

const ID_PREFIX: Record<NodeKind, string> = {
  frontEndPool: 'fe',
  mediationPool: 'med',
  director: 'dir',
  pstnGateway: 'gw',
  ipPbx: 'pbx',
  sbc: 'sbc',
};

const two = (n: number) => String(n).padStart(2, '0');

/** The first host name prefixNN.domain (and its servers) that no node uses yet. */
function freeHostNames(names: Set<string>, prefix: string, domain: string, serverCount: number, serverPrefix: string) {
  for (let n = 1; ; n++) {
    const fqdn = `${prefix}${two(n)}.${domain}`;
    const servers = Array.from({ length: serverCount }, (_, i) => `${serverPrefix}${two(n)}-${i + 1}.${domain}`);
    if ([fqdn, ...servers].every((name) => !names.has(name.toLowerCase()))) return { fqdn, servers };
  }
}

/**
 * A new node of the given kind with a fresh id, a unique FQDN (or address) in the document's domain
 * and the documented ports. A Mediation pool's next hop is a Front End pool of its site, or of any site.
 */
export function newNode(doc: Topology, kind: NodeKind, siteId: string, position?: Position, used: Set<string> = usedIds(doc), names: Set<string> = usedNames(doc)): TopologyNode {
  const id = uniqueId(used, ID_PREFIX[kind]);
  const domain = documentDomain(doc);
  const base = { id, siteId, ...(position ? { position: { x: Math.round(position.x), y: Math.round(position.y) } } : {}) };
  switch (kind) {
    case 'frontEndPool': {
      // Three servers: the documentation recommends three or more for pool quorum.
      const { fqdn, servers } = freeHostNames(names, 'pool', domain, 3, 'fe');
      return { ...base, kind, fqdn, edition: 'enterprise', servers, mediation: defaultMediation() };
    }
    case 'director': {
      const { fqdn, servers } = freeHostNames(names, 'dir', domain, 1, 'dir');
      return { ...base, kind, fqdn, servers };
    }
    case 'mediationPool': {
      const { fqdn, servers } = freeHostNames(names, 'med', domain, 1, 'med');
      const pools = doc.nodes.filter((n) => n.kind === 'frontEndPool');
      const nextHop = pools.find((n) => n.siteId === siteId) ?? pools[0];
      return { ...base, kind, fqdn, servers, nextHopId: nextHop?.id ?? null, mediation: defaultMediation() };
    }
    default: {
      const { fqdn } = freeHostNames(names, HOST_PREFIX[kind], domain, 0, '');
      return { ...base, kind, address: fqdn, ...DEFAULTS.peer };
    }
  }
}

/** A new site with a fresh id and name. A branch belongs to the first central site; null when there is none yet. */
export function newSite(doc: Topology, kind: SiteKind, frame?: Frame): Site | null {
  const id = uniqueId(usedIds(doc), kind === 'central' ? 'central' : 'branch');
  const sameKind = doc.sites.filter((s) => s.kind === kind).length;
  const taken = new Set(doc.sites.map((s) => s.name.toLowerCase()));
  let n = sameKind + 1;
  const noun = kind === 'central' ? 'Central site' : 'Branch site';
  while (taken.has(`${noun} ${n}`.toLowerCase())) n++;
  const name = `${noun} ${n}`;
  const roundedFrame = frame && { x: Math.round(frame.x), y: Math.round(frame.y), width: Math.round(frame.width), height: Math.round(frame.height) };
  if (kind === 'central') return { id, name, kind, ...(roundedFrame ? { frame: roundedFrame } : {}) };
  const central = doc.sites.find((s) => s.kind === 'central');
  if (!central) return null;
  return { id, name, kind, centralSiteId: central.id, ...(roundedFrame ? { frame: roundedFrame } : {}) };
}
