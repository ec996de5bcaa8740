import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';
import { isMediationEndpoint } from '../model.ts';

export const mediationUnused = defineRule({
  id: 'MEDIATION_UNUSED',
  severity: 'warning',
  source: 'an idle Mediation Server',
  description: 'A Mediation pool, or a Front End pool with collocated Mediation, carries at least one trunk.',
  // An idle Mediation pool, or a Front End pool whose collocated Mediation is idle.
  messages: {
    mediationPool: '{{node, capitalize}} carries no trunk. Connect it to a gateway, IP-PBX or SBC, or remove it.',
    collocated: '{{node, capitalize}} has collocated Mediation but carries no trunk. Connect it to a gateway, IP-PBX or SBC, or turn collocated Mediation off.',
  },
  check({ doc, index }) {
    const reports: RuleReport<'mediationPool' | 'collocated'>[] = [];
    for (const node of doc.nodes) {
      if (!isMediationEndpoint(node)) continue;
      // trunksByNode also lists trunks where the node is (wrongly) the peer side: only the mediation side counts.
      const trunks = index.trunksByNode.get(node.id) ?? [];
      if (trunks.some((trunk) => trunk.mediationId === node.id)) continue;
      reports.push({ messageId: node.kind === 'mediationPool' ? 'mediationPool' : 'collocated', params: { node: nodeParam(node, index) }, targets: [node.id] });
    }
    return reports;
  },
});
