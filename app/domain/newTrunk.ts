// The trunk to create when the user joins two nodes on the canvas (rules.md, "Behaviour").
import { nodeRef } from './describe.ts';
import { defaultTcpRange, uniqueId, usedIds } from './defaults.ts';
import { trunkConfigurationCopy } from './routing/defaults.ts';
import type { TrunkConfiguration } from './routing/types.ts';
import { DEFAULTS, LIMITS } from './limits.ts';
import { isMediationEndpoint, isPeer, type MediationEndpoint, type Peer, type PortRange, type Topology, type TopologyNode, type Transport, type Trunk } from './model.ts';
import { isIpLiteral } from './names.ts';
import { refusal, type EditRefusal } from './refusals.ts';

export type NewTrunkResult =
  | { ok: true; trunk: Trunk; /** A configuration of the trunk's own, when its defaults need one. */ configuration: TrunkConfiguration | undefined }
  | EditRefusal;

/** Why a node cannot be the mediation side of a trunk, or null when it can. */
function mediationRefusal(node: TopologyNode): EditRefusal | null {
  if (node.kind === 'frontEndPool' && node.mediation === null) {
    return refusal('trunk.noCollocatedMediation',
      { node: nodeRef(node) },
    );
  }
  if (node.kind === 'director') {
    return refusal('trunk.director', { node: nodeRef(node) });
  }
  return null;
}

/** Sort the two ends into mediation endpoint and peer, or say why they cannot be joined. */
export function trunkEnds(doc: Topology, aId: string, bId: string): { ok: true; mediation: MediationEndpoint; peer: Peer } | EditRefusal {
  const a = doc.nodes.find((n) => n.id === aId);
  const b = doc.nodes.find((n) => n.id === bId);
  if (!a || !b) return refusal('trunk.missingEnd', {});
  if (a.id === b.id) {
    return refusal('trunk.itself', { node: nodeRef(a) });
  }
  if (isMediationEndpoint(a) && isPeer(b)) return { ok: true, mediation: a, peer: b };
  if (isMediationEndpoint(b) && isPeer(a)) return { ok: true, mediation: b, peer: a };
  const other = isPeer(a) ? b : isPeer(b) ? a : null;
  if (other) {
    const refused = mediationRefusal(other);
    if (refused) return refused;
  }
  if (isPeer(a) && isPeer(b)) {
    return refusal('trunk.bothPeers',
      { a: nodeRef(a), b: nodeRef(b) },
    );
  }
  for (const node of [a, b]) {
    const refused = isPeer(node) ? null : mediationRefusal(node);
    if (refused) return refused;
  }
  return refusal('trunk.bothMediationEndpoints',
    { a: nodeRef(a), b: nodeRef(b) },
  );
}

/** Whether a connection may be drawn between two nodes (either direction). */
export function canJoin(doc: Topology, aId: string, bId: string): boolean {
  return trunkEnds(doc, aId, bId).ok;
}

function rangeFor(mediation: MediationEndpoint, transport: Transport): PortRange {
  if (transport === 'TLS') return mediation.mediation.tlsPortRange;
  return mediation.mediation.tcpPortRange ?? defaultTcpRange();
}

function shortName(address: string): string {
  if (isIpLiteral(address)) return address.replace(/[:.]/g, '-');
  return address.split('.')[0] ?? address;
}

/**
 * The trunk to create between a mediation endpoint and a peer, given in either order, with defaults
 * that break no rule where that is possible; or the sentence that says why they cannot be joined.
 */
export function newTrunk(doc: Topology, aId: string, bId: string): NewTrunkResult {
  const ends = trunkEnds(doc, aId, bId);
  if (!ends.ok) return ends;
  const { mediation, peer } = ends;
  const peerTrunks = doc.trunks.filter((t) => t.peerId === peer.id);

  // TLS needs an FQDN; a peer addressed by IP can only be reached over TCP.
  const transport: Transport = isIpLiteral(peer.address) ? 'TCP' : 'TLS';

  // Another trunk of the same pair must differ in its ports: take the first mediation port
  // in range that this pair does not use yet. Trunks to other peers may share a listening port.
  const [from, to] = rangeFor(mediation, transport);
  const pairPorts = new Set(peerTrunks.filter((t) => t.mediationId === mediation.id && t.transport === transport).map((t) => t.mediationPort));
  let mediationPort = from;
  for (let port = from; port <= to && port - from < 65536; port++) {
    if (!pairPorts.has(port)) {
      mediationPort = port;
      break;
    }
  }

  // A peer's listening port serves one trunk only.
  const peerPorts = new Set(peerTrunks.map((t) => t.peerPort));
  let peerPort: number = DEFAULTS.peerPort[transport];
  while (peerPorts.has(peerPort) && peerPort < LIMITS.portMax) peerPort++;

  const names = new Set(doc.trunks.map((t) => t.name.toLowerCase()));
  const base = `${shortName(peer.address)}-${peerPort}`;
  let name = base;
  for (let n = 2; names.has(name.toLowerCase()); n++) name = `${base}-${n}`;

  const used = usedIds(doc);
  const trunkId = uniqueId(used, 't');
  used.add(trunkId);
  return {
    ok: true,
    trunk: {
      id: trunkId,
      name,
      mediationId: mediation.id,
      peerId: peer.id,
      transport,
      mediationPort,
      peerPort,
      root: !peerTrunks.some((t) => t.root),
    },
    configuration: tcpConfiguration(doc, peer, transport, trunkId, used),
  };
}

/**
 * SRTP applies only to TLS; "required" on TCP is treated as not supported and warned about. A TCP
 * trunk whose configuration (its peer's site's, or the global one) requires SRTP gets a configuration
 * of its own, a copy of that one with SRTP not supported.
 */
function tcpConfiguration(doc: Topology, peer: Peer, transport: Transport, trunkId: string, used: Set<string>): TrunkConfiguration | undefined {
  if (transport !== 'TCP') return undefined;
  const applies = doc.trunkConfigurations.find((c) => c.scope.kind === 'site' && c.scope.siteId === peer.siteId) ?? doc.trunkConfigurations.find((c) => c.scope.kind === 'global');
  if (applies && applies.srtpMode !== 'required') return undefined;
  return trunkConfigurationCopy(applies, trunkId, used, { srtpMode: 'notSupported' });
}
