import { defineRule, type MessageKey, type RuleReport } from '../diagnostic.ts';
import { nodeParam, nodeText, sentenceStart } from './naming.ts';

const ENTERPRISE_MAX_SERVERS = 12;

export const poolSize = defineRule({
  id: 'POOL_SIZE',
  severity: 'error',
  source: 'm-n-trunk ("at most 12")',
  description: 'An Enterprise Edition Front End pool has at most 12 servers; a Standard Edition server is exactly one.',
  // Too many servers for Enterprise Edition, or other than one for Standard Edition.
  messages: { enterprise: ['node', 'count', 'max'], standard: ['node', 'count'] },
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      // Edition, and with it the size limit, belongs to Front End pools only.
      if (node.kind !== 'frontEndPool') continue;
      const count = node.servers.length;
      const ref = nodeParam(node, index);
      let fault: string;
      let key: MessageKey;
      if (node.edition === 'enterprise' && count > ENTERPRISE_MAX_SERVERS) {
        fault = `has ${count} servers, more than the ${ENTERPRISE_MAX_SERVERS} an Enterprise Edition pool allows. Split it into two pools or remove servers.`;
        key = { id: 'enterprise', params: { node: ref, count, max: ENTERPRISE_MAX_SERVERS } };
      } else if (node.edition === 'standard' && count !== 1) {
        fault = `is a Standard Edition pool with ${count} servers, but Standard Edition is exactly one server. Keep one server, or make it an Enterprise Edition pool.`;
        key = { id: 'standard', params: { node: ref, count } };
      } else {
        continue;
      }
      reports.push({ message: `${sentenceStart(nodeText(node, index))} ${fault}`, targets: [node.id], key });
    }
    return reports;
  },
});
