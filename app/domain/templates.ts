// Starting designs offered by "New design". Each is written out in full (no generator) so that what the
// user gets is exactly what was reviewed; every one but the blank passes validate() with no diagnostics.
import { defaultMediation } from './defaults.ts';
import { keepAllRule, newVoiceRoute } from './routing/defaults.ts';
import type { DialPlan, NormalizationRule, RoutingTest, VoicePolicy, VoiceRoute } from './routing/types.ts';
import { NODE_SIZE } from './geometry.ts';
import type { Frame, FrontEndPool, MediationPool, Peer, Position, Site, Topology, Trunk } from './model.ts';
import { emptyTopology } from './model.ts';

export interface Template {
  id: string;
  /** i18n key of the template's name (en.ts, `templates`). */
  nameKey: string;
  /** i18n key of a one-sentence description. */
  descriptionKey: string;
  /** A fresh document each call, so that edits to one never reach the next. */
  build(): Topology;
}

// A grid matching the frames' padding and header (geometry.ts), so cards sit inside their frames
// with the same margins the designer uses when it grows a frame around a dropped node.
const COLUMN = NODE_SIZE.width + 100;
const ROW = NODE_SIZE.height + 64;
const LEFT = 40;
const TOP = 76;

function at(frame: Frame, column: number, row: number): Position {
  return { x: frame.x + LEFT + column * COLUMN, y: frame.y + TOP + row * ROW };
}

/** A frame holding `columns` × `rows` cards of the grid, at (x, y). */
function frameFor(x: number, y: number, columns: number, rows: number): Frame {
  return {
    x,
    y,
    width: LEFT + (columns - 1) * COLUMN + NODE_SIZE.width + 40,
    height: TOP + (rows - 1) * ROW + NODE_SIZE.height + 40,
  };
}

function frontEndPool(id: string, siteId: string, position: Position, collocatedMediation: boolean, host = 'pool01', serverHost = 'fe0'): FrontEndPool {
  return {
    id,
    kind: 'frontEndPool',
    siteId,
    label: 'Front End pool',
    position,
    fqdn: `${host}.contoso.com`,
    edition: 'enterprise',
    // Three servers: two-server pools have quorum trouble (POOL_QUORUM).
    servers: [1, 2, 3].map((n) => `${serverHost}${n}.contoso.com`),
    mediation: collocatedMediation ? defaultMediation() : null,
  };
}

function mediationPool(id: string, siteId: string, label: string, host: string, serverCount: number, nextHopId: string, position: Position): MediationPool {
  return {
    id,
    kind: 'mediationPool',
    siteId,
    label,
    position,
    fqdn: `${host}.contoso.com`,
    servers: Array.from({ length: serverCount }, (_, i) => `${host}-${i + 1}.contoso.com`),
    nextHopId,
    mediation: defaultMediation(),
  };
}

function peer(id: string, kind: Peer['kind'], siteId: string, label: string, address: string, position: Position): Peer {
  return { id, kind, siteId, label, position, address, dnsLoadBalancing: true, qualified: true };
}

function tlsTrunk(id: string, name: string, mediationId: string, peerId: string, peerPort: number, root: boolean, peakCalls: number): Trunk {
  return {
    id,
    name,
    mediationId,
    peerId,
    transport: 'TLS',
    mediationPort: 5067,
    peerPort,
    root,
    peakCalls,
  };
}

function route(id: string, name: string, numberPattern: string, pstnUsages: string[], trunkIds: string[], priority = 0): VoiceRoute {
  return newVoiceRoute({ id, name, numberPattern, pstnUsages, trunkIds, priority });
}

function rule(name: string, pattern: string, translation: string, isInternalExtension = false): NormalizationRule {
  return { name, pattern, translation, isInternalExtension };
}

/** A North American dial plan for one area code: 4-digit extensions, 7-digit local, 10-digit, then Keep All. */
function areaDialPlan(id: string, siteId: string, area: string, exchange: string): DialPlan {
  return {
    id,
    scope: { kind: 'site', siteId },
    externalAccessPrefix: '9',
    optimizeDeviceDialing: false,
    normalizationRules: [
      rule('4 digit', '^(\\d{4})$', `+1${area}${exchange}$1`, true),
      rule('7 digit local', '^(\\d{7})$', `+1${area}$1`),
      rule('10 digit', '^(\\d{10})$', '+1$1'),
      keepAllRule(),
    ],
  };
}

function sitePolicy(id: string, siteId: string, pstnUsages: string[]): VoicePolicy {
  return {
    id, scope: { kind: 'site', siteId }, pstnUsages, allowPstnReRouting: true, preventPstnTollBypass: false,
    callForwardingSimulRingUsageType: 'voicePolicyUsage', customCallForwardingSimulRingUsages: [],
  };
}

/** The design with its calls routed: the global policy gets `globalUsages`, the rest is added as given. */
function routed(doc: Topology, globalUsages: string[], parts: Partial<Pick<Topology, 'pstnUsages' | 'voiceRoutes' | 'voicePolicies' | 'dialPlans' | 'trunkConfigurations' | 'routingTests'>>): Topology {
  const policies = doc.voicePolicies.map((p) => (p.scope.kind === 'global' ? { ...p, pstnUsages: globalUsages } : p));
  return {
    ...doc,
    pstnUsages: parts.pstnUsages ?? [],
    voiceRoutes: parts.voiceRoutes ?? [],
    voicePolicies: [...policies, ...(parts.voicePolicies ?? [])],
    dialPlans: [...doc.dialPlans, ...(parts.dialPlans ?? [])],
    trunkConfigurations: [...doc.trunkConfigurations, ...(parts.trunkConfigurations ?? [])],
    routingTests: parts.routingTests ?? [],
  };
}

function test(id: string, name: string, dialedNumber: string, dialPlanId: string, voicePolicyId: string, expect: RoutingTest['expect']): RoutingTest {
  return { id, name, dialedNumber, dialPlanId, voicePolicyId, expect };
}

function blank(): Topology {
  const site: Site = { id: 'central1', name: 'Central site', kind: 'central', frame: { x: 0, y: 0, width: 640, height: 360 } };
  return { ...emptyTopology(), sites: [site] };
}

function singleSiteGateway(): Topology {
  const frame = frameFor(0, 0, 2, 1);
  const topology: Topology = {
    ...emptyTopology('Contoso, one site and a gateway'),
    sites: [{ id: 'hq', name: 'Redmond', kind: 'central', frame }],
    nodes: [
      frontEndPool('fe1', 'hq', at(frame, 0, 0), true),
      peer('gw1', 'pstnGateway', 'hq', 'PSTN gateway', 'gw01.contoso.com', at(frame, 1, 0)),
    ],
    // 100 calls over three servers stays under the 150 a collocated Mediation Server carries.
    trunks: [tlsTrunk('t1', 'gw01-5067', 'fe1', 'gw1', 5067, true, 100)],
  };
  return routed(topology, ['Local', 'Long Distance'], {
    pstnUsages: ['Local', 'Long Distance'],
    voiceRoutes: [route('r1', 'Redmond local', '^\\+1425\\d{7}$', ['Local'], ['t1']), route('r2', 'Long distance', '^\\+\\d+$', ['Long Distance'], ['t1'])],
  });
}

function mnTwoPools(): Topology {
  const frame = frameFor(0, 0, 3, 2);
  const fePosition = at(frame, 0, 0);
  const topology: Topology = {
    ...emptyTopology('Contoso, M:N trunks'),
    sites: [{ id: 'hq', name: 'Redmond', kind: 'central', frame }],
    nodes: [
      frontEndPool('fe1', 'hq', { x: fePosition.x, y: fePosition.y + ROW / 2 }, false),
      mediationPool('med1', 'hq', 'Mediation pool 1', 'med01', 2, 'fe1', at(frame, 1, 0)),
      mediationPool('med2', 'hq', 'Mediation pool 2', 'med02', 2, 'fe1', at(frame, 1, 1)),
      peer('gw1', 'pstnGateway', 'hq', 'PSTN gateway 1', 'gw01.contoso.com', at(frame, 2, 0)),
      peer('gw2', 'pstnGateway', 'hq', 'PSTN gateway 2', 'gw02.contoso.com', at(frame, 2, 1)),
    ],
    // Each gateway is reached by both pools, so it listens on two ports (one trunk per peer port);
    // each gateway's root trunk comes from a different pool, so either pool alone still carries calls.
    trunks: [
      tlsTrunk('t1', 'gw01-5067', 'med1', 'gw1', 5067, true, 300),
      tlsTrunk('t2', 'gw01-5068', 'med2', 'gw1', 5068, false, 300),
      tlsTrunk('t3', 'gw02-5067', 'med2', 'gw2', 5067, true, 300),
      tlsTrunk('t4', 'gw02-5068', 'med1', 'gw2', 5068, false, 300),
    ],
  };
  // One route over all four trunks: the calls share both pools and both gateways.
  return routed(topology, ['Local', 'Long Distance'], {
    pstnUsages: ['Local', 'Long Distance'],
    voiceRoutes: [
      route('r1', 'Redmond local', '^\\+1425\\d{7}$', ['Local'], ['t1', 't2', 't3', 't4']),
      route('r2', 'Long distance', '^\\+\\d+$', ['Long Distance'], ['t1', 't2', 't3', 't4']),
    ],
  });
}

function branchAndSipTrunk(): Topology {
  const central = frameFor(0, 0, 3, 1);
  // The branch sits under the central site's peer column, next to the pool that serves it.
  const branch = frameFor(central.x + COLUMN * 2, central.y + central.height + 80, 1, 1);
  const topology: Topology = {
    ...emptyTopology('Contoso, branch site and SIP trunk'),
    sites: [
      { id: 'hq', name: 'Redmond', kind: 'central', frame: central },
      { id: 'paris', name: 'Paris', kind: 'branch', centralSiteId: 'hq', frame: branch },
    ],
    nodes: [
      // No collocated Mediation: the stand-alone pool carries every trunk, as recommended for SIP trunking.
      frontEndPool('fe1', 'hq', at(central, 0, 0), false),
      mediationPool('med1', 'hq', 'Mediation pool', 'med01', 2, 'fe1', at(central, 1, 0)),
      // The provider's SBC terminates on a Mediation pool of the same site (SBC_MEDIATION_SITE).
      peer('sbc1', 'sbc', 'hq', 'ITSP SBC', 'sip.adatum.net', at(central, 2, 0)),
      peer('gw1', 'pstnGateway', 'paris', 'Paris gateway', 'gw01.paris.contoso.com', at(branch, 0, 0)),
    ],
    trunks: [
      tlsTrunk('t1', 'itsp-5067', 'med1', 'sbc1', 5067, true, 200),
      // A central pool may serve a branch gateway (unlike a branch IP-PBX, where greetings get clipped).
      tlsTrunk('t2', 'paris-gw01-5067', 'med1', 'gw1', 5067, true, 60),
    ],
  };
  // Paris users leave by their own gateway for French numbers, and by the provider for the rest.
  return routed(topology, ['Long Distance'], {
    pstnUsages: ['Paris Local', 'Long Distance'],
    voiceRoutes: [route('r1', 'Paris local', '^\\+33\\d{9}$', ['Paris Local'], ['t2']), route('r2', 'ITSP', '^\\+\\d+$', ['Long Distance'], ['t1'])],
    voicePolicies: [sitePolicy('vp-paris', 'paris', ['Paris Local', 'Long Distance'])],
  });
}

/**
 * Two sites, each with its own pool and gateway: local calls leave by the local gateway, calls to the
 * other site's area leave by that site's gateway (least cost: a local call there), everything else
 * by the caller's own gateway, and each site fails over to the other's gateway.
 */
function twoSiteRouting(): Topology {
  const redmond = frameFor(0, 0, 2, 1);
  const newYork = frameFor(redmond.x + redmond.width + 80, 0, 2, 1);
  const topology: Topology = {
    ...emptyTopology('Contoso, two sites with least-cost routing'),
    sites: [
      { id: 'redmond', name: 'Redmond', kind: 'central', frame: redmond },
      { id: 'newyork', name: 'New York', kind: 'central', frame: newYork },
    ],
    nodes: [
      frontEndPool('fe1', 'redmond', at(redmond, 0, 0), true, 'pool-rdm', 'fe-rdm-0'),
      peer('gw1', 'pstnGateway', 'redmond', 'Redmond gateway', 'gw01.redmond.contoso.com', at(redmond, 1, 0)),
      frontEndPool('fe2', 'newyork', at(newYork, 0, 0), true, 'pool-ny', 'fe-ny-0'),
      peer('gw2', 'pstnGateway', 'newyork', 'New York gateway', 'gw01.newyork.contoso.com', at(newYork, 1, 0)),
    ],
    trunks: [tlsTrunk('t1', 'gw01-redmond-5067', 'fe1', 'gw1', 5067, true, 100), tlsTrunk('t2', 'gw01-newyork-5067', 'fe2', 'gw2', 5067, true, 100)],
  };
  return routed(topology, ['Redmond Long Distance', 'New York Long Distance'], {
    pstnUsages: ['Redmond Local', 'New York Local', 'Redmond Long Distance', 'New York Long Distance'],
    voiceRoutes: [
      route('r-rdm-local', 'Redmond local', '^\\+1425\\d{7}$', ['Redmond Local'], ['t1']),
      route('r-ny-local', 'New York local', '^\\+1212\\d{7}$', ['New York Local'], ['t2']),
      route('r-rdm-ld', 'Long distance via Redmond', '^\\+\\d+$', ['Redmond Long Distance'], ['t1']),
      route('r-ny-ld', 'Long distance via New York', '^\\+\\d+$', ['New York Long Distance'], ['t2']),
    ],
    // Local usages first (least cost), then the site's own long-distance route, then the other site's (failover).
    voicePolicies: [
      sitePolicy('vp-redmond', 'redmond', ['Redmond Local', 'New York Local', 'Redmond Long Distance', 'New York Long Distance']),
      sitePolicy('vp-newyork', 'newyork', ['New York Local', 'Redmond Local', 'New York Long Distance', 'Redmond Long Distance']),
    ],
    dialPlans: [areaDialPlan('dp-redmond', 'redmond', '425', '555'), areaDialPlan('dp-newyork', 'newyork', '212', '555')],
    routingTests: [
      test('rt1', 'Redmond extension', '0100', 'dp-redmond', 'vp-redmond', { translation: '+14255550100', usage: 'Redmond Local', routeId: 'r-rdm-local' }),
      test('rt2', 'Redmond to New York', '12125550100', 'dp-redmond', 'vp-redmond', { translation: '+12125550100', usage: 'New York Local', routeId: 'r-ny-local' }),
      test('rt3', 'Redmond long distance', '3125550100', 'dp-redmond', 'vp-redmond', { translation: '+13125550100', usage: 'Redmond Long Distance', routeId: 'r-rdm-ld' }),
    ],
  });
}

export const TEMPLATES: readonly Template[] = [
  { id: 'blank', nameKey: 'templates.blank', descriptionKey: 'templates.blankDescription', build: blank },
  { id: 'single-site-gateway', nameKey: 'templates.singleSiteGateway', descriptionKey: 'templates.singleSiteGatewayDescription', build: singleSiteGateway },
  { id: 'mn-two-pools', nameKey: 'templates.mnTwoPools', descriptionKey: 'templates.mnTwoPoolsDescription', build: mnTwoPools },
  { id: 'branch-and-sip-trunk', nameKey: 'templates.branchAndSipTrunk', descriptionKey: 'templates.branchAndSipTrunkDescription', build: branchAndSipTrunk },
  { id: 'two-site-routing', nameKey: 'templates.twoSiteRouting', descriptionKey: 'templates.twoSiteRoutingDescription', build: twoSiteRouting },
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
