import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';

export const mediationNextHopKind = defineRule({
  id: 'MEDIATION_NEXT_HOP_KIND',
  severity: 'error',
  source: 'TB: "A Director ... is not a valid selection"',
  description: "A Mediation pool's next hop is a Front End pool, never a Director or any other node.",
  // The next hop is a Director, the pool itself, or another kind of node.
  messages: {
    director: '{{node, capitalize}} has {{hop}} as its next hop: a Director is not allowed as a next hop. Choose a Front End pool instead.',
    self: '{{node, capitalize}} has itself as its next hop: a Mediation pool cannot be its own next hop. Choose a Front End pool instead.',
    other: '{{node, capitalize}} has {{hop}} as its next hop: the next hop must be a Front End pool. Choose a Front End pool instead.',
  },
  check({ doc, index }) {
    const reports: RuleReport<'director' | 'self' | 'other'>[] = [];
    for (let k = 0; k < doc.nodes.length; k++) {
      const node = doc.nodes[k]!;
      if (node.kind !== 'mediationPool' || node.nextHopId === null) continue;
      const hop = index.nodeById.get(node.nextHopId);
      // A dangling id is the parser's to refuse; a null one is MEDIATION_NEXT_HOP_MISSING's.
      if (hop === undefined || hop.kind === 'frontEndPool') continue;
      const ref = nodeParam(node, index);
      // A pool pointing at itself is one element to fix, not two.
      if (hop === node) reports.push({ messageId: 'self', params: { node: ref }, targets: [node.id] });
      else reports.push({ messageId: hop.kind === 'director' ? 'director' : 'other', params: { node: ref, hop: nodeParam(hop, index) }, targets: [node.id, hop.id] });
    }
    return reports;
  },
});
