// Small valid documents for tests, and helpers to bend them. Tests only.
import type { FrontEndPool, MediationPool, Peer, Site, Topology, TopologyNode, Trunk } from '../model.ts';
import { emptyTopology } from '../model.ts';
import { parseTopologyText } from '../parse.ts';
import { serializeTopology } from '../serialize.ts';

export function centralSite(id = 'hq', name = 'Redmond'): Site {
  return { id, name, kind: 'central' };
}

export function branchSite(id: string, centralSiteId = 'hq', name = id): Site {
  return { id, name, kind: 'branch', centralSiteId };
}

export function frontEnd(overrides: Partial<FrontEndPool> = {}): FrontEndPool {
  return {
    id: 'fe1',
    kind: 'frontEndPool',
    siteId: 'hq',
    fqdn: 'pool01.contoso.com',
    edition: 'enterprise',
    servers: ['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com'],
    mediation: { tlsPortRange: [5067, 5067], tcpPortRange: null, sipServerPort: 5070 },
    ...overrides,
  };
}

export function mediationPool(overrides: Partial<MediationPool> = {}): MediationPool {
  return {
    id: 'med1',
    kind: 'mediationPool',
    siteId: 'hq',
    fqdn: 'med.contoso.com',
    servers: ['med01.contoso.com'],
    nextHopId: 'fe1',
    mediation: { tlsPortRange: [5067, 5067], tcpPortRange: null, sipServerPort: 5070 },
    ...overrides,
  };
}

export function peer(overrides: Partial<Peer> = {}): Peer {
  return {
    id: 'gw1',
    kind: 'pstnGateway',
    siteId: 'hq',
    address: 'gw01.contoso.com',
    dnsLoadBalancing: true,
    qualified: true,
    ...overrides,
  };
}

export function trunk(overrides: Partial<Trunk> = {}): Trunk {
  return {
    id: 't1',
    name: 'gw01-5067',
    mediationId: 'fe1',
    peerId: 'gw1',
    transport: 'TLS',
    mediationPort: 5067,
    peerPort: 5067,
    root: true,
    ...overrides,
  };
}

/** A rule-clean document: one central site, a Front End pool with collocated Mediation, one gateway, its root trunk. */
export function validDoc(): Topology {
  return {
    ...emptyTopology('Test'),
    sites: [centralSite()],
    nodes: [frontEnd(), peer()],
    trunks: [trunk()],
  };
}

/** A document built from parts, on top of an empty one. */
export function doc(parts: { sites?: Site[]; nodes?: TopologyNode[]; trunks?: Trunk[]; settings?: Partial<Topology['settings']> }): Topology {
  const base = emptyTopology('Test');
  return {
    ...base,
    settings: { ...base.settings, ...parts.settings },
    sites: parts.sites ?? [centralSite()],
    nodes: parts.nodes ?? [],
    trunks: parts.trunks ?? [],
  };
}

/** The valid document with a change applied to a deep copy. */
export function withChange(change: (doc: Topology) => void, base: Topology = validDoc()): Topology {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

/** What the parser finds wrong with a document written out and read back: an edit's result must give []. */
export function reparseProblems(d: Topology): unknown[] {
  const parsed = parseTopologyText(serializeTopology(d));
  return parsed.ok ? [] : parsed.problems;
}

/** Two framed sites: a central one holding a Front End pool and two gateways (three trunks), and an empty branch. */
export function framedDoc(): Topology {
  return doc({
    sites: [
      { ...centralSite(), frame: { x: 0, y: 0, width: 600, height: 400 } },
      { ...branchSite('paris'), frame: { x: 1000, y: 0, width: 400, height: 300 } },
    ],
    nodes: [frontEnd({ position: { x: 40, y: 60 } }), peer({ position: { x: 300, y: 60 } }), peer({ id: 'gw2', address: 'gw02.contoso.com', position: { x: 300, y: 200 } })],
    trunks: [trunk(), trunk({ id: 't2', name: 'gw01-5068', peerPort: 5068, root: false }), trunk({ id: 't3', name: 'gw02-5067', peerId: 'gw2' })],
  });
}
