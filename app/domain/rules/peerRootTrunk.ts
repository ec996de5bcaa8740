import { defineRule, type MessageKey, type NodeRef, type RuleReport } from '../diagnostic.ts';
import { describeNode, describeTrunk, nodeRef } from '../describe.ts';
import type { Trunk } from '../model.ts';

const SHOWN = 3;

/** "\"a\", \"b\" and 3 more": a peer may have many trunks, the message stays short. */
function trunkList(trunks: readonly Trunk[]): string {
  const shown = trunks.slice(0, SHOWN).map(describeTrunk).join(', ');
  return trunks.length > SHOWN ? `${shown} and ${trunks.length - SHOWN} more` : shown;
}

/**
 * The key of a message that lists trunks: the first few as one string, and the id with "More"
 * appended, and a `more` count, when some are left out.
 */
function listKey(id: 'noRoot' | 'manyRoots', peer: NodeRef, trunks: readonly Trunk[], extra: Record<string, number> = {}): MessageKey {
  const params = { peer, trunks: trunks.slice(0, SHOWN).map(describeTrunk).join(', '), ...extra };
  return trunks.length > SHOWN
    ? { id: `${id}More`, params: { ...params, more: trunks.length - SHOWN } }
    : { id, params };
}

export const peerRootTrunk = defineRule({
  id: 'PEER_ROOT_TRUNK',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder: "you must define a root trunk"',
  description: 'Every peer has trunks, and exactly one of them is its root trunk.',
  // `trunks` lists up to three trunk names, quoted and joined with ", "; the *More ids add how many are left out.
  messages: {
    noTrunk: ['peer'],
    noRoot: ['peer', 'trunks'],
    noRootMore: ['peer', 'trunks', 'more'],
    manyRoots: ['peer', 'count', 'trunks'],
    manyRootsMore: ['peer', 'count', 'trunks', 'more'],
  },
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
          key: { id: 'noTrunk', params: { peer: nodeRef(peer) } },
        });
      } else if (roots.length === 0) {
        reports.push({
          message: `The ${describeNode(peer)} has no root trunk: make one of its trunks (${trunkList(trunks)}) the root trunk.`,
          targets,
          key: listKey('noRoot', nodeRef(peer), trunks),
        });
      } else if (roots.length > 1) {
        reports.push({
          message: `The ${describeNode(peer)} has ${roots.length} root trunks (${trunkList(roots)}): keep one root trunk and clear the others.`,
          targets,
          key: listKey('manyRoots', nodeRef(peer), roots, { count: roots.length }),
        });
      }
    }
    return reports;
  },
});
