import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeText, sentenceStart } from './naming.ts';

const ENTERPRISE_MAX_SERVERS = 12;

export const poolSize = defineRule({
  id: 'POOL_SIZE',
  severity: 'error',
  source: 'm-n-trunk ("at most 12")',
  description: 'An Enterprise Edition Front End pool has at most 12 servers; a Standard Edition server is exactly one.',
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      // Edition, and with it the size limit, belongs to Front End pools only.
      if (node.kind !== 'frontEndPool') continue;
      const count = node.servers.length;
      let fault: string;
      if (node.edition === 'enterprise' && count > ENTERPRISE_MAX_SERVERS) {
        fault = `has ${count} servers, more than the ${ENTERPRISE_MAX_SERVERS} an Enterprise Edition pool allows. Split it into two pools or remove servers.`;
      } else if (node.edition === 'standard' && count !== 1) {
        fault = `is a Standard Edition pool with ${count} servers, but Standard Edition is exactly one server. Keep one server, or make it an Enterprise Edition pool.`;
      } else {
        continue;
      }
      reports.push({ message: `${sentenceStart(nodeText(node, index))} ${fault}`, targets: [node.id] });
    }
    return reports;
  },
});
