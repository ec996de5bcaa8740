import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';
import { isServerNode } from '../model.ts';
import { badName, isHostName } from './naming.ts';

export const fqdnInvalid = defineRule({
  id: 'FQDN_INVALID',
  severity: 'error',
  source: 'define-a-mediation-server-in-topology-builder',
  description: 'A pool or Director FQDN and each of its server names must be a DNS name of two labels or more.',
  // {{names}} lists each bad name once (badName.* terms), {{count}} how many there are.
  messages: {
    default: {
      one: '{{node, capitalize}} has an invalid name: {{names}}. Use an FQDN of letters, digits and hyphens with two labels or more, such as pool01.contoso.com.',
      other: '{{node, capitalize}} has invalid names: {{names}}. Use an FQDN of letters, digits and hyphens with two labels or more, such as pool01.contoso.com.',
    },
  },
  check({ doc, index }) {
    const reports: RuleReport<'default'>[] = [];
    for (let k = 0; k < doc.nodes.length; k++) {
      const node = doc.nodes[k]!;
      if (!isServerNode(node)) continue;
      // One report per node: each bad name once, however often it appears.
      // The set is made only for a faulty node: most nodes are clean, and there may be 10,000 of them.
      let bad: Set<string> | undefined;
      if (!isHostName(node.fqdn)) (bad ??= new Set()).add(node.fqdn);
      for (const server of node.servers) if (!isHostName(server)) (bad ??= new Set()).add(server);
      if (bad === undefined) continue;
      reports.push({
        messageId: 'default',
        params: { node: nodeParam(node, index), names: { list: [...bad].map(badName) }, count: bad.size },
        targets: [node.id],
      });
    }
    return reports;
  },
});
