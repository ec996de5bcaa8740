// The topology document, format 1 (../shared/spec/format.md), as the app holds it
// after parsing: every default filled in, every reference checked.

export const FORMAT = 'trunkline.topology';
export const SCHEMA_VERSION = 1;

export type MediaBypassSetting = 'disabled' | 'alwaysBypass' | 'useSiteAndRegion';
export type SiteKind = 'central' | 'branch';
export type Transport = 'TLS' | 'TCP';
export type SrtpMode = 'required' | 'optional' | 'notSupported';
export type Edition = 'enterprise' | 'standard';
export type PortRange = [number, number];

export interface Settings {
  mediaBypass: MediaBypassSetting;
  callAdmissionControl: boolean;
}

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Position {
  x: number;
  y: number;
}

export interface Site {
  id: string;
  name: string;
  kind: SiteKind;
  /** Only on a branch site, where it is required. */
  centralSiteId?: string;
  frame?: Frame;
}

export interface MediationConfig {
  tlsPortRange: PortRange;
  /** null: TCP disabled (the product's default). */
  tcpPortRange: PortRange | null;
  /** The Lync-side port toward the Front End. */
  sipServerPort: number;
}

interface NodeBase {
  id: string;
  siteId: string;
  label?: string;
  position?: Position;
}

export interface FrontEndPool extends NodeBase {
  kind: 'frontEndPool';
  fqdn: string;
  edition: Edition;
  servers: string[];
  /** null: no collocated Mediation Server. */
  mediation: MediationConfig | null;
}

export interface Director extends NodeBase {
  kind: 'director';
  fqdn: string;
  servers: string[];
}

export interface MediationPool extends NodeBase {
  kind: 'mediationPool';
  fqdn: string;
  servers: string[];
  nextHopId: string | null;
  mediation: MediationConfig;
}

export type PeerKind = 'pstnGateway' | 'ipPbx' | 'sbc';

export interface Peer extends NodeBase {
  kind: PeerKind;
  address: string;
  dnsLoadBalancing: boolean;
  qualified: boolean;
}

export type TopologyNode = FrontEndPool | Director | MediationPool | Peer;
export type NodeKind = TopologyNode['kind'];

export const NODE_KINDS: readonly NodeKind[] = ['frontEndPool', 'mediationPool', 'pstnGateway', 'ipPbx', 'sbc', 'director'];
export const PEER_KINDS: readonly PeerKind[] = ['pstnGateway', 'ipPbx', 'sbc'];

export interface Trunk {
  id: string;
  name: string;
  mediationId: string;
  peerId: string;
  transport: Transport;
  mediationPort: number;
  peerPort: number;
  root: boolean;
  mediaBypass: boolean;
  centralizedMediaProcessing: boolean;
  referSupport: boolean;
  rtcpActiveCalls: boolean;
  rtcpCallsOnHold: boolean;
  srtpMode: SrtpMode;
  peakCalls?: number;
}

export interface Topology {
  format: typeof FORMAT;
  schemaVersion: typeof SCHEMA_VERSION;
  name: string;
  settings: Settings;
  sites: Site[];
  nodes: TopologyNode[];
  trunks: Trunk[];
}

/** A stand-alone Mediation pool, or a Front End pool with collocated Mediation. */
export type MediationEndpoint = MediationPool | (FrontEndPool & { mediation: MediationConfig });

export function isPeer(node: TopologyNode | undefined): node is Peer {
  return node !== undefined && (node.kind === 'pstnGateway' || node.kind === 'ipPbx' || node.kind === 'sbc');
}

export function isMediationEndpoint(node: TopologyNode | undefined): node is MediationEndpoint {
  if (node === undefined) return false;
  return node.kind === 'mediationPool' || (node.kind === 'frontEndPool' && node.mediation !== null);
}

/** Nodes with a fqdn and member servers: pools and directors. */
export type ServerNode = FrontEndPool | Director | MediationPool;

export function isServerNode(node: TopologyNode | undefined): node is ServerNode {
  return node !== undefined && (node.kind === 'frontEndPool' || node.kind === 'director' || node.kind === 'mediationPool');
}

export function emptyTopology(name = 'Untitled design'): Topology {
  return {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    name,
    settings: { mediaBypass: 'disabled', callAdmissionControl: false },
    sites: [],
    nodes: [],
    trunks: [],
  };
}
