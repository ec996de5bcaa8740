import { defineRule, type MessageKey, type RuleReport } from '../diagnostic.ts';
import { nodeParam, nodeText, sentenceStart } from './naming.ts';

export const mediationNextHopKind = defineRule({
  id: 'MEDIATION_NEXT_HOP_KIND',
  severity: 'error',
  source: 'TB: "A Director ... is not a valid selection"',
  description: "A Mediation pool's next hop is a Front End pool, never a Director or any other node.",
  // The next hop is a Director, the pool itself, or another kind of node.
  messages: { director: ['node', 'hop'], self: ['node'], other: ['node', 'hop'] },
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      if (node.kind !== 'mediationPool' || node.nextHopId === null) continue;
      const hop = index.nodeById.get(node.nextHopId);
      // A dangling id is the parser's to refuse; a null one is MEDIATION_NEXT_HOP_MISSING's.
      if (hop === undefined || hop.kind === 'frontEndPool') continue;
      const name = sentenceStart(nodeText(node, index));
      const why =
        hop.kind === 'director'
          ? 'a Director is not allowed as a next hop'
          : hop === node
            ? 'a Mediation pool cannot be its own next hop'
            : 'the next hop must be a Front End pool';
      const ref = nodeParam(node, index);
      const key: MessageKey =
        hop === node
          ? { id: 'self', params: { node: ref } }
          : { id: hop.kind === 'director' ? 'director' : 'other', params: { node: ref, hop: nodeParam(hop, index) } };
      const hopText = hop === node ? 'itself' : nodeText(hop, index);
      reports.push({
        message: `${name} has ${hopText} as its next hop: ${why}. Choose a Front End pool instead.`,
        // A pool pointing at itself is one element to fix, not two.
        targets: hop === node ? [node.id] : [node.id, hop.id],
        key,
      });
    }
    return reports;
  },
});
