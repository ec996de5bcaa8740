// The two ends of a trunk, each only when it is of the right kind: rules that need a
// mediation endpoint or a peer stay silent otherwise (TRUNK_MEDIATION_KIND and
// TRUNK_PEER_KIND report the wrong kinds).
import type { MediationEndpoint, Peer, Trunk } from '../model.ts';
import { isMediationEndpoint, isPeer } from '../model.ts';
import type { TopologyIndex } from '../topologyIndex.ts';

export function trunkEndpoint(trunk: Trunk, index: TopologyIndex): MediationEndpoint | undefined {
  const node = index.nodeById.get(trunk.mediationId);
  return isMediationEndpoint(node) ? node : undefined;
}

export function trunkPeer(trunk: Trunk, index: TopologyIndex): Peer | undefined {
  const node = index.nodeById.get(trunk.peerId);
  return isPeer(node) ? node : undefined;
}

/** A site's name for a message, falling back to the bare id only if the parser's reference check was bypassed. */
export function siteName(siteId: string, index: TopologyIndex): string {
  return index.siteById.get(siteId)?.name ?? siteId;
}
