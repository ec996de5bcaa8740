import { defineRule, type RuleReport } from '../diagnostic.ts';
import { positionsById } from '../idIndex.ts';
import { trunkEnds } from '../topologyIndex.ts';
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
    // Only the mediation side counts (a trunk may wrongly name the node as its peer): nodes marked by position.
    const at = positionsById(doc.nodes);
    const carries = new Uint8Array(doc.nodes.length);
    const mediationAt = trunkEnds(doc).mediation;
    for (let k = 0; k < mediationAt.length; k++) if (mediationAt[k]! >= 0) carries[mediationAt[k]!] = 1;
    const reports: RuleReport<'mediationPool' | 'collocated'>[] = [];
    for (let k = 0; k < doc.nodes.length; k++) {
      const node = doc.nodes[k]!;
      if (!isMediationEndpoint(node) || carries[at.get(node.id)] === 1) continue;
      reports.push({ messageId: node.kind === 'mediationPool' ? 'mediationPool' : 'collocated', params: { node: nodeParam(node, index) }, targets: [node.id] });
    }
    return reports;
  },
});
