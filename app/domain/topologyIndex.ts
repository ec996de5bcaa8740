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

/** Each trunk's Mediation-side and peer-side node, as positions in `doc.nodes` (-1: no node of that id). */
export interface TrunkEnds {
  mediation: Int32Array;
  peer: Int32Array;
}

const endsByTrunks = new WeakMap<readonly Trunk[], { nodes: readonly TopologyNode[]; ends: TrunkEnds }>();

/**
 * The ends of every trunk, looked up once per version of the lists (they are never changed in place): the
 * index and the rules that count by node (MEDIATION_CAPACITY, MEDIATION_UNUSED, PEER_ROOT_TRUNK) read
 * these rather than each looking up 10,000 trunks' ends again.
 */
export function trunkEnds(doc: Pick<Topology, 'nodes' | 'trunks'>): TrunkEnds {
  const { nodes, trunks } = doc;
  const known = endsByTrunks.get(trunks);
  if (known !== undefined && known.nodes === nodes) return known.ends;
  const at = positionsById(nodes);
  const ends = { mediation: new Int32Array(trunks.length), peer: new Int32Array(trunks.length) };
  for (let t = 0; t < trunks.length; t++) {
    ends.mediation[t] = at.get(trunks[t]!.mediationId);
    ends.peer[t] = at.get(trunks[t]!.peerId);
  }
  endsByTrunks.set(trunks, { nodes, ends });
  return ends;
}

/**
 * Trunks by node as positions rather than a list per node: for each node position, a run of trunk positions
 * in one typed array (counted, then filled), so that 10,000 nodes cost two arrays, not 10,000 and a Map.
 */
function indexTrunksByNode(doc: Topology): IdLookup<Trunk[]> {
  const { nodes, trunks } = doc;
  const at = positionsById(nodes);
  const ends = trunkEnds(doc);
  /** A trunk's peer-side position, or -1 where that is its Mediation side too (listed once). */
  const peerOf = (t: number) => (trunks[t]!.peerId === trunks[t]!.mediationId ? -1 : ends.peer[t]!);
  /** Where each node's run begins in `order`, and where the last one ends. */
  const start = new Int32Array(nodes.length + 1);
  for (let t = 0; t < trunks.length; t++) {
    const mediation = ends.mediation[t]!;
    const peer = peerOf(t);
    if (mediation >= 0) start[mediation + 1]!++;
    if (peer >= 0) start[peer + 1]!++;
  }
  for (let n = 0; n < nodes.length; n++) start[n + 1]! += start[n]!;
  const order = new Int32Array(start[nodes.length]!);
  const next = start.slice(0, nodes.length);
  // Each trunk at its Mediation side, then its peer side, in document order (as the runs were counted).
  for (let t = 0; t < trunks.length; t++) {
    const mediation = ends.mediation[t]!;
    const peer = peerOf(t);
    if (mediation >= 0) order[next[mediation]!++] = t;
    if (peer >= 0) order[next[peer]!++] = t;
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
