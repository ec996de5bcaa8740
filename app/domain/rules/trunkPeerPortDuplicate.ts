import { defineRule, type RuleReport } from '../diagnostic.ts';
import { kindTerm, nodeRef } from '../describe.ts';
import { TextTable } from '../textTable.ts';
import { trunkPeer } from './trunkEnds.ts';

export const trunkPeerPortDuplicate = defineRule({
  id: 'TRUNK_PEER_PORT_DUPLICATE',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder (unique tuple); TB define-a-new-trunk',
  description: "A peer's listening port serves one trunk only.",
  // {{kind}} is the peer's kind ("gateway"), as the advice names it.
  messages: {
    default: 'Trunk "{{trunk}}" uses port {{port}} of {{peer}}, as trunk "{{other}}" does: give each trunk its own port on the {{kind}}.',
  },
  check({ doc, index }) {
    // First trunk (its position) of each peer on each port: every later one is reported once, paired with
    // it. By port first, then peer: a design uses few ports, so there are few tables, where a map per peer
    // made 10,000.
    const firstByPort = new Map<number, TextTable>();
    const trunks = doc.trunks;
    const reports: RuleReport<'default'>[] = [];
    for (let position = 0; position < trunks.length; position++) {
      const trunk = trunks[position]!;
      const peer = trunkPeer(trunk, index);
      if (peer === undefined) continue;
      let first = firstByPort.get(trunk.peerPort);
      if (first === undefined) firstByPort.set(trunk.peerPort, (first = new TextTable()));
      const at = first.add(peer.id, position);
      if (at < 0) continue;
      const earlier = trunks[at]!;
      reports.push({
        messageId: 'default',
        params: { trunk: trunk.name, port: trunk.peerPort, peer: nodeRef(peer), other: earlier.name, kind: kindTerm(peer.kind) },
        targets: [trunk.id, earlier.id],
      });
    }
    return reports;
  },
});
