// Starting designs offered by "New design". Each is written out in full (no generator) so that what the
// user gets is exactly what was reviewed; every one but the blank passes validate() with no diagnostics.
import { TRUNK_MEDIA_DEFAULTS, defaultMediation } from './defaults.ts';
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

function frontEndPool(id: string, siteId: string, position: Position, collocatedMediation: boolean): FrontEndPool {
  return {
    id,
    kind: 'frontEndPool',
    siteId,
    label: 'Front End pool',
    position,
    fqdn: 'pool01.contoso.com',
    edition: 'enterprise',
    // Three servers: two-server pools have quorum trouble (POOL_QUORUM).
    servers: ['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com'],
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
    ...TRUNK_MEDIA_DEFAULTS,
    peakCalls,
  };
}

function blank(): Topology {
  const site: Site = { id: 'central1', name: 'Central site', kind: 'central', frame: { x: 0, y: 0, width: 640, height: 360 } };
  return { ...emptyTopology(), sites: [site] };
}

function singleSiteGateway(): Topology {
  const frame = frameFor(0, 0, 2, 1);
  return {
    ...emptyTopology('Contoso, one site and a gateway'),
    sites: [{ id: 'hq', name: 'Redmond', kind: 'central', frame }],
    nodes: [
      frontEndPool('fe1', 'hq', at(frame, 0, 0), true),
      peer('gw1', 'pstnGateway', 'hq', 'PSTN gateway', 'gw01.contoso.com', at(frame, 1, 0)),
    ],
    // 100 calls over three servers stays under the 150 a collocated Mediation Server carries.
    trunks: [tlsTrunk('t1', 'gw01-5067', 'fe1', 'gw1', 5067, true, 100)],
  };
}

function mnTwoPools(): Topology {
  const frame = frameFor(0, 0, 3, 2);
  const fePosition = at(frame, 0, 0);
  return {
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
}

function branchAndSipTrunk(): Topology {
  const central = frameFor(0, 0, 3, 1);
  // The branch sits under the central site's peer column, next to the pool that serves it.
  const branch = frameFor(central.x + COLUMN * 2, central.y + central.height + 80, 1, 1);
  return {
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
}

export const TEMPLATES: readonly Template[] = [
  { id: 'blank', nameKey: 'templates.blank', descriptionKey: 'templates.blankDescription', build: blank },
  { id: 'single-site-gateway', nameKey: 'templates.singleSiteGateway', descriptionKey: 'templates.singleSiteGatewayDescription', build: singleSiteGateway },
  { id: 'mn-two-pools', nameKey: 'templates.mnTwoPools', descriptionKey: 'templates.mnTwoPoolsDescription', build: mnTwoPools },
  { id: 'branch-and-sip-trunk', nameKey: 'templates.branchAndSipTrunk', descriptionKey: 'templates.branchAndSipTrunkDescription', build: branchAndSipTrunk },
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
