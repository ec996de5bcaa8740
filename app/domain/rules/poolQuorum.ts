import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam, nodeText, sentenceStart } from './naming.ts';

export const poolQuorum = defineRule({
  id: 'POOL_QUORUM',
  severity: 'warning',
  source: 'Front End pool quorum guidance',
  description: 'An Enterprise Edition Front End pool of exactly two servers is fragile: losing one server breaks quorum.',
  messages: { default: ['node'] },
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      if (node.kind !== 'frontEndPool' || node.edition !== 'enterprise' || node.servers.length !== 2) continue;
      reports.push({
        message: `${sentenceStart(nodeText(node, index))} has exactly 2 servers: when one is down the pool loses quorum. Add a third server.`,
        targets: [node.id],
        key: { id: 'default', params: { node: nodeParam(node, index) } },
      });
    }
    return reports;
  },
});
