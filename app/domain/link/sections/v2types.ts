// The format-2 document as link version 2 reads and writes it: format 1's envelope, sites and nodes,
// trunks without their six media keys, and the configuration-store collections (format-2.md).
// Declared here, structurally, until format 2's model lands; the lead repoints TopologyV2 at it then.
import type { Topology, Trunk } from '../../model.ts';
import type { MEDIA_KEYS } from '../../routing/defaults.ts';
import type { RoutingCollections } from '../../routing/types.ts';

export type TrunkV2 = Omit<Trunk, (typeof MEDIA_KEYS)[number]>;

export type TopologyV2 = Omit<Topology, 'schemaVersion' | 'trunks'> & { schemaVersion: 2; trunks: TrunkV2[] } & RoutingCollections;
