import { defineRule, type RuleReport } from '../diagnostic.ts';
import { describeNode, describeTrunk } from '../describe.ts';
import type { Trunk } from '../model.ts';

/** "\"a\", \"b\" and 3 more": a peer may have many trunks, the message stays short. */
function trunkList(trunks: readonly Trunk[]): string {
  const shown = trunks.slice(0, 3).map(describeTrunk).join(', ');
  return trunks.length > 3 ? `${shown} and ${trunks.length - 3} more` : shown;
}

export const peerRootTrunk = defineRule({
  id: 'PEER_ROOT_TRUNK',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder: "you must define a root trunk"',
  description: 'Every peer has trunks, and exactly one of them is its root trunk.',
  check({ index }) {
    const reports: RuleReport[] = [];
    for (const peer of index.peers) {
      // trunksByNode also lists trunks that wrongly name the peer as their Mediation end; those are not its trunks.
      const trunks = (index.trunksByNode.get(peer.id) ?? []).filter((trunk) => trunk.peerId === peer.id);
      const roots = trunks.filter((trunk) => trunk.root);
      const targets = [peer.id, ...trunks.map((trunk) => trunk.id)];
      if (trunks.length === 0) {
        reports.push({
          message: `The ${describeNode(peer)} has no trunk: draw one to it from a Mediation Server, which becomes its root trunk, or remove the peer.`,
          targets,
        });
      } else if (roots.length === 0) {
        reports.push({
          message: `The ${describeNode(peer)} has no root trunk: make one of its trunks (${trunkList(trunks)}) the root trunk.`,
          targets,
        });
      } else if (roots.length > 1) {
        reports.push({
          message: `The ${describeNode(peer)} has ${roots.length} root trunks (${trunkList(roots)}): keep one root trunk and clear the others.`,
          targets,
        });
      }
    }
    return reports;
  },
});
