// What the hand-off generators read of a design: the topology (format 1's, with or without the six
// trunk media keys, which format 2 moves to trunk configurations) and the configuration-store
// collections of format 2. Structural, so that the format-2 document type fits it as it is.
import type { Settings, Site, TopologyNode, Trunk } from '../domain/model.ts';
import type { RoutingCollections } from '../domain/routing/types.ts';

export type HandoffTrunk = Pick<Trunk, 'id' | 'name' | 'mediationId' | 'peerId' | 'transport' | 'mediationPort' | 'peerPort' | 'root'>;

export interface HandoffTopology {
  readonly name: string;
  readonly settings: Settings;
  readonly sites: readonly Site[];
  readonly nodes: readonly TopologyNode[];
  readonly trunks: readonly HandoffTrunk[];
}

export interface HandoffDocument extends HandoffTopology, Readonly<RoutingCollections> {}
