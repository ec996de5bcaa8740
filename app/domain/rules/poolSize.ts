import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';

const ENTERPRISE_MAX_SERVERS = 12;

export const poolSize = defineRule({
  id: 'POOL_SIZE',
  severity: 'error',
  source: 'm-n-trunk ("at most 12")',
  description: 'An Enterprise Edition Front End pool has at most 12 servers; a Standard Edition server is exactly one.',
  // Too many servers for Enterprise Edition, or other than one for Standard Edition.
  messages: {
    enterprise:
      '{{node, capitalize}} has {{count}} servers, more than the {{max}} an Enterprise Edition pool allows. Split it into two pools or remove servers.',
    standard:
      '{{node, capitalize}} is a Standard Edition pool with {{count}} servers, but Standard Edition is exactly one server. Keep one server, or make it an Enterprise Edition pool.',
  },
  check({ doc, index }) {
    const reports: RuleReport<'enterprise' | 'standard'>[] = [];
    for (let k = 0; k < doc.nodes.length; k++) {
      const node = doc.nodes[k]!;
      // Edition, and with it the size limit, belongs to Front End pools only.
      if (node.kind !== 'frontEndPool') continue;
      const count = node.servers.length;
      if (node.edition === 'enterprise' && count > ENTERPRISE_MAX_SERVERS) {
        reports.push({ messageId: 'enterprise', params: { node: nodeParam(node, index), count, max: ENTERPRISE_MAX_SERVERS }, targets: [node.id] });
      } else if (node.edition === 'standard' && count !== 1) {
        reports.push({ messageId: 'standard', params: { node: nodeParam(node, index), count }, targets: [node.id] });
      }
    }
    return reports;
  },
});
