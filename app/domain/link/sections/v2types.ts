// The format-2 document as link version 2 reads and writes it: the model's own types.
import type { Topology, Trunk } from '../../model.ts';

export type TrunkV2 = Trunk;
export type TopologyV2 = Topology;
