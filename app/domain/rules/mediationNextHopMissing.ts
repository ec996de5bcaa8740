import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam, nodeText, sentenceStart } from './naming.ts';

export const mediationNextHopMissing = defineRule({
  id: 'MEDIATION_NEXT_HOP_MISSING',
  severity: 'error',
  source: 'define-a-mediation-server-in-topology-builder',
  description: 'A stand-alone Mediation pool needs a next hop: the Front End pool it passes calls to.',
  messages: { default: ['node'] },
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      if (node.kind !== 'mediationPool' || node.nextHopId !== null) continue;
      reports.push({
        message: `${sentenceStart(nodeText(node, index))} has no next hop. Choose the Front End pool it passes calls to.`,
        targets: [node.id],
        key: { id: 'default', params: { node: nodeParam(node, index) } },
      });
    }
    return reports;
  },
});
