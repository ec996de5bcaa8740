import { defineRule, type RuleReport } from '../diagnostic.ts';
import { describeNode, describeTrunk, KIND_NOUN, nodeRef } from '../describe.ts';
import type { Trunk } from '../model.ts';
import { trunkPeer } from './trunkEnds.ts';

export const trunkPeerPortDuplicate = defineRule({
  id: 'TRUNK_PEER_PORT_DUPLICATE',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder (unique tuple); TB define-a-new-trunk',
  description: "A peer's listening port serves one trunk only.",
  messages: { default: ['trunk', 'port', 'peer', 'other'] },
  check({ doc, index }) {
    // First trunk on each port of each peer: every later one is reported once, paired with it.
    const firstByPeer = new Map<string, Map<number, Trunk>>();
    const reports: RuleReport[] = [];
    for (const trunk of doc.trunks) {
      const peer = trunkPeer(trunk, index);
      if (peer === undefined) continue;
      let first = firstByPeer.get(peer.id);
      if (first === undefined) firstByPeer.set(peer.id, (first = new Map()));
      const earlier = first.get(trunk.peerPort);
      if (earlier === undefined) {
        first.set(trunk.peerPort, trunk);
        continue;
      }
      reports.push({
        message: `Trunk ${describeTrunk(trunk)} uses port ${trunk.peerPort} of ${describeNode(peer)}, as trunk ${describeTrunk(earlier)} does: give each trunk its own port on the ${KIND_NOUN[peer.kind]}.`,
        targets: [trunk.id, earlier.id],
        key: { id: 'default', params: { trunk: trunk.name, port: trunk.peerPort, peer: nodeRef(peer), other: earlier.name } },
      });
    }
    return reports;
  },
});
