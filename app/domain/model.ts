// The topology document, format 2 (../shared/spec/format-2.md), as the app holds it after parsing:
// every default filled in, every reference checked. Format-1 documents are migrated on the way in.
import type * as z from 'zod/mini';
import type {
  directorSchema,
  frameSchema,
  frontEndPoolSchema,
  mediationPoolSchema,
  mediationSchema,
  peerSchema,
  positionSchema,
  siteSchema,
  topologySchema,
  topologyV1Schema,
  trunkSchema,
} from './schema.ts';
import { DEFAULTS } from './limits.ts';
import { GLOBAL_IDS, globalDialPlan, globalTrunkConfiguration, globalVoicePolicy } from './routing/defaults.ts';

export const FORMAT = 'trunkline.topology';
export const SCHEMA_VERSION = 2 as const;

// The types are inferred from the zod schema (schema.ts), so a field is declared once: its type, limits
// and default there, its meaning here where the app names it.
export type Topology = z.output<typeof topologySchema>;
/** A format-1 document, as read before it is migrated (migrate1to2.ts). */
export type TopologyV1 = z.output<typeof topologyV1Schema>;
export type Settings = Topology['settings'];
export type MediaBypassSetting = Settings['mediaBypass'];
export type Site = z.output<typeof siteSchema>;
export type SiteKind = Site['kind'];
export type Frame = z.output<typeof frameSchema>;
export type Position = z.output<typeof positionSchema>;
/** A Mediation Server's ports: tcpPortRange null is TCP disabled (the product's default). */
export type MediationConfig = z.output<typeof mediationSchema>;
export type PortRange = MediationConfig['tlsPortRange'];

export type FrontEndPool = z.output<typeof frontEndPoolSchema>;
export type Edition = FrontEndPool['edition'];
export type Director = z.output<typeof directorSchema>;
export type MediationPool = z.output<typeof mediationPoolSchema>;
/** PSTN gateways, IP-PBXs and SBCs: the far end of a trunk. */
export type Peer = z.output<typeof peerSchema>;
export type PeerKind = Peer['kind'];

export type TopologyNode = FrontEndPool | Director | MediationPool | Peer;
export type NodeKind = TopologyNode['kind'];

export const NODE_KINDS: readonly NodeKind[] = ['frontEndPool', 'mediationPool', 'pstnGateway', 'ipPbx', 'sbc', 'director'];
export const PEER_KINDS: readonly PeerKind[] = ['pstnGateway', 'ipPbx', 'sbc'];

export type Trunk = z.output<typeof trunkSchema>;
export type Transport = Trunk['transport'];
export type SrtpMode = TopologyV1['trunks'][number]['srtpMode'];

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
    settings: { ...DEFAULTS.settings },
    sites: [],
    nodes: [],
    trunks: [],
    // What Lync always has: a global trunk configuration, voice policy and dial plan.
    trunkConfigurations: [globalTrunkConfiguration(GLOBAL_IDS.trunkConfiguration)],
    pstnUsages: [],
    voiceRoutes: [],
    voicePolicies: [globalVoicePolicy(GLOBAL_IDS.voicePolicy)],
    dialPlans: [globalDialPlan(GLOBAL_IDS.dialPlan)],
    routingTests: [],
  };
}
