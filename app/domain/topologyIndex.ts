// Lookups the rules and the designer need again and again, built once per document.
import type { Peer, Site, Topology, TopologyNode, Trunk } from './model.ts';
import { isPeer } from './model.ts';
import { byId, type IdLookup } from './idIndex.ts';

export interface TopologyIndex {
  siteById: IdLookup<Site>;
  nodeById: IdLookup<TopologyNode>;
  /** Trunks of each node id, whether the node is the mediation side or the peer side, in document order. */
  trunksByNode: Map<string, Trunk[]>;
  nodesBySite: Map<string, TopologyNode[]>;
  peers: Peer[];
}

export function indexTopology(doc: Topology): TopologyIndex {
  const siteById = byId(doc.sites);
  const nodeById = byId(doc.nodes);
  const trunksByNode = new Map<string, Trunk[]>();
  const nodesBySite = new Map<string, TopologyNode[]>();
  const peers: Peer[] = [];
  for (const site of doc.sites) {
    nodesBySite.set(site.id, []);
  }
  for (const node of doc.nodes) {
    trunksByNode.set(node.id, []);
    nodesBySite.get(node.siteId)?.push(node);
    if (isPeer(node)) peers.push(node);
  }
  for (const trunk of doc.trunks) {
    trunksByNode.get(trunk.mediationId)?.push(trunk);
    if (trunk.peerId !== trunk.mediationId) trunksByNode.get(trunk.peerId)?.push(trunk);
  }
  return { siteById, nodeById, trunksByNode, nodesBySite, peers };
}
