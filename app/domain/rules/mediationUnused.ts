import { defineRule, type RuleReport } from '../diagnostic.ts';
import { isMediationEndpoint } from '../model.ts';
import { nodeParam, nodeText, sentenceStart } from './naming.ts';

export const mediationUnused = defineRule({
  id: 'MEDIATION_UNUSED',
  severity: 'warning',
  source: 'an idle Mediation Server',
  description: 'A Mediation pool, or a Front End pool with collocated Mediation, carries at least one trunk.',
  // An idle Mediation pool, or a Front End pool whose collocated Mediation is idle.
  messages: { mediationPool: ['node'], collocated: ['node'] },
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      if (!isMediationEndpoint(node)) continue;
      // trunksByNode also lists trunks where the node is (wrongly) the peer side: only the mediation side counts.
      const trunks = index.trunksByNode.get(node.id) ?? [];
      if (trunks.some((trunk) => trunk.mediationId === node.id)) continue;
      const advice =
        node.kind === 'mediationPool'
          ? 'Connect it to a gateway, IP-PBX or SBC, or remove it.'
          : 'Connect it to a gateway, IP-PBX or SBC, or turn collocated Mediation off.';
      const what = node.kind === 'mediationPool' ? '' : ' has collocated Mediation but';
      reports.push({
        message: `${sentenceStart(nodeText(node, index))}${what} carries no trunk. ${advice}`,
        targets: [node.id],
        key: { id: node.kind === 'mediationPool' ? 'mediationPool' : 'collocated', params: { node: nodeParam(node, index) } },
      });
    }
    return reports;
  },
});
