import { defineRule, type MessageParams, type RuleReport } from '../diagnostic.ts';
import { positionsById } from '../idIndex.ts';
import { trunkEnds } from '../topologyIndex.ts';
import { nodeRef } from '../describe.ts';
import type { Trunk } from '../model.ts';

const SHOWN = 3;

type Id = 'noTrunk' | 'noRoot' | 'noRootMore' | 'manyRoots' | 'manyRootsMore';

/**
 * A report that lists trunks: the first few as one param ("\"a\", \"b\"", in no language's words: a peer may
 * have many trunks, the message stays short), and the id with "More" and a `more` count when some are left out.
 */
function listing(id: 'noRoot' | 'manyRoots', params: MessageParams, trunks: readonly Trunk[], targets: string[]): RuleReport<Id> {
  const shown = trunks
    .slice(0, SHOWN)
    .map((trunk) => `"${trunk.name}"`)
    .join(', ');
  return trunks.length > SHOWN
    ? { messageId: `${id}More`, params: { ...params, trunks: shown, more: trunks.length - SHOWN }, targets }
    : { messageId: id, params: { ...params, trunks: shown }, targets };
}

export const peerRootTrunk = defineRule({
  id: 'PEER_ROOT_TRUNK',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder: "you must define a root trunk"',
  description: 'Every peer has trunks, and exactly one of them is its root trunk.',
  // {{trunks}} lists up to three trunk names, quoted and joined with ", "; the *More ids add how many are left out.
  messages: {
    noTrunk: 'The {{peer}} has no trunk: draw one to it from a Mediation Server, which becomes its root trunk, or remove the peer.',
    noRoot: 'The {{peer}} has no root trunk: make one of its trunks ({{trunks}}) the root trunk.',
    noRootMore: 'The {{peer}} has no root trunk: make one of its trunks ({{trunks}} and {{more}} more) the root trunk.',
    manyRoots: 'The {{peer}} has {{count}} root trunks ({{trunks}}): keep one root trunk and clear the others.',
    manyRootsMore: 'The {{peer}} has {{count}} root trunks ({{trunks}} and {{more}} more): keep one root trunk and clear the others.',
  },
  check({ doc, index }) {
    // Counted first, by the position of each trunk's peer side (a trunk that wrongly names the peer as its
    // Mediation end is not its trunk): the lists below are made only for a peer to report, and most peers are clean.
    const at = positionsById(doc.nodes);
    const peerAt = trunkEnds(doc).peer;
    const counts = new Int32Array(doc.nodes.length);
    const rootCounts = new Int32Array(doc.nodes.length);
    for (let k = 0; k < doc.trunks.length; k++) {
      const peer = peerAt[k]!;
      if (peer < 0) continue;
      counts[peer]!++;
      if (doc.trunks[k]!.root) rootCounts[peer]!++;
    }
    const reports: RuleReport<Id>[] = [];
    for (const peer of index.peers) {
      const position = at.get(peer.id);
      if (counts[position]! > 0 && rootCounts[position] === 1) continue;
      // trunksByNode also lists trunks that wrongly name the peer as their Mediation end; those are not its trunks.
      const trunks = (index.trunksByNode.get(peer.id) ?? []).filter((trunk) => trunk.peerId === peer.id);
      const roots = trunks.filter((trunk) => trunk.root);
      const targets = [peer.id, ...trunks.map((trunk) => trunk.id)];
      if (trunks.length === 0) reports.push({ messageId: 'noTrunk', params: { peer: nodeRef(peer) }, targets });
      else if (roots.length === 0) reports.push(listing('noRoot', { peer: nodeRef(peer) }, trunks, targets));
      else if (roots.length > 1) reports.push(listing('manyRoots', { peer: nodeRef(peer), count: roots.length }, roots, targets));
    }
    return reports;
  },
});
