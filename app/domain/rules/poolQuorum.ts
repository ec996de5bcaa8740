import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';

export const poolQuorum = defineRule({
  id: 'POOL_QUORUM',
  severity: 'warning',
  source: 'Front End pool quorum guidance',
  description: 'An Enterprise Edition Front End pool of exactly two servers is fragile: losing one server breaks quorum.',
  messages: { default: '{{node, capitalize}} has exactly 2 servers: when one is down the pool loses quorum. Add a third server.' },
  check({ doc, index }) {
    const reports: RuleReport<'default'>[] = [];
    for (let k = 0; k < doc.nodes.length; k++) {
      const node = doc.nodes[k]!;
      if (node.kind !== 'frontEndPool' || node.edition !== 'enterprise' || node.servers.length !== 2) continue;
      reports.push({ messageId: 'default', params: { node: nodeParam(node, index) }, targets: [node.id] });
    }
    return reports;
  },
});
