// Lookups the rules and the designer need again and again, built once per document, each only when first
// asked for: a rule that needs none of them pays for none.
import type { Peer, Site, Topology, TopologyNode, Trunk } from './model.ts';
import { isPeer } from './model.ts';
import { byId, type IdLookup, positionsById } from './idIndex.ts';

export interface TopologyIndex {
  siteById: IdLookup<Site>;
  nodeById: IdLookup<TopologyNode>;
  /** Trunks of each node id, whether the node is the mediation side or the peer side, in document order (a new list each time). */
  trunksByNode: IdLookup<Trunk[]>;
  peers: Peer[];
}

export function indexTopology(doc: Topology): TopologyIndex {
  let trunksByNode: IdLookup<Trunk[]> | undefined;
  let peers: Peer[] | undefined;
  return {
    siteById: byId(doc.sites),
    nodeById: byId(doc.nodes),
    get trunksByNode() {
      return (trunksByNode ??= indexTrunksByNode(doc));
    },
    get peers() {
      return (peers ??= doc.nodes.filter(isPeer));
    },
  };
}

/**
 * Trunks by node as positions rather than a list per node: for each node position, a run of trunk positions
 * in one typed array (counted, then filled), so that 10,000 nodes cost two arrays, not 10,000 and a Map.
 */
function indexTrunksByNode(doc: Topology): IdLookup<Trunk[]> {
  const { nodes, trunks } = doc;
  const at = positionsById(nodes);
  /** Each trunk's mediation node and peer node positions (-1: none, or the same node as the mediation side). */
  const ends = new Int32Array(trunks.length * 2);
  /** Where each node's run begins in `order`, and where the last one ends. */
  const start = new Int32Array(nodes.length + 1);
  for (let t = 0; t < trunks.length; t++) {
    const trunk = trunks[t]!;
    const mediation = at.get(trunk.mediationId);
    const peer = trunk.peerId === trunk.mediationId ? -1 : at.get(trunk.peerId);
    ends[2 * t] = mediation;
    ends[2 * t + 1] = peer;
    if (mediation >= 0) start[mediation + 1]!++;
    if (peer >= 0) start[peer + 1]!++;
  }
  for (let n = 0; n < nodes.length; n++) start[n + 1]! += start[n]!;
  const order = new Int32Array(start[nodes.length]!);
  const next = start.slice(0, nodes.length);
  for (let side = 0; side < ends.length; side++) {
    const node = ends[side]!;
    if (node >= 0) order[next[node]!++] = side >> 1;
  }
  return {
    get(id: string): Trunk[] | undefined {
      const node = at.get(id);
      if (node < 0) return undefined;
      const list: Trunk[] = [];
      for (let k = start[node]!; k < start[node + 1]!; k++) list.push(trunks[order[k]!]!);
      return list;
    },
  };
}
