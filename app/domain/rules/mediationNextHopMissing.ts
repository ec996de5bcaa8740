import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';

export const mediationNextHopMissing = defineRule({
  id: 'MEDIATION_NEXT_HOP_MISSING',
  severity: 'error',
  source: 'define-a-mediation-server-in-topology-builder',
  description: 'A stand-alone Mediation pool needs a next hop: the Front End pool it passes calls to.',
  messages: { default: '{{node, capitalize}} has no next hop. Choose the Front End pool it passes calls to.' },
  check({ doc, index }) {
    const reports: RuleReport<'default'>[] = [];
    for (let k = 0; k < doc.nodes.length; k++) {
      const node = doc.nodes[k]!;
      if (node.kind !== 'mediationPool' || node.nextHopId !== null) continue;
      reports.push({ messageId: 'default', params: { node: nodeParam(node, index) }, targets: [node.id] });
    }
    return reports;
  },
});
