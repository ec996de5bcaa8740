import { defineRule, type MessageKey, type RuleReport } from '../diagnostic.ts';
import { isServerNode } from '../model.ts';
import {
  badNameText,
  hostNameFault,
  hostNameFaultKey,
  hostNameFaultMessages,
  isHostName,
  listText,
  namesParam,
  nodeParam,
  nodeText,
  sentenceStart,
} from './naming.ts';

export const fqdnInvalid = defineRule({
  id: 'FQDN_INVALID',
  severity: 'error',
  source: 'define-a-mediation-server-in-topology-builder',
  description: 'A pool or Director FQDN and each of its server names must be a DNS name of two labels or more.',
  // One bad name: its fault is the message id (empty, tooLong, ipAddress, …); several: 'many'.
  messages: { empty: ['node'], ...hostNameFaultMessages('name'), many: ['node', 'names'] },
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      if (!isServerNode(node)) continue;
      // One report per node: each bad name once, however often it appears.
      // The set is made only for a faulty node: most nodes are clean, and there may be 10,000 of them.
      let bad: Set<string> | undefined;
      if (!isHostName(node.fqdn)) (bad ??= new Set()).add(node.fqdn);
      for (const server of node.servers) if (!isHostName(server)) (bad ??= new Set()).add(server);
      if (bad === undefined) continue;
      const problems = listText([...bad].map(badNameText));
      const noun = bad.size === 1 ? 'an invalid name' : 'invalid names';
      const ref = nodeParam(node, index);
      const [first = ''] = bad;
      const key: MessageKey =
        bad.size === 1
          ? hostNameFaultKey(hostNameFault(first), ref, 'name', first)
          : { id: 'many', params: { node: ref, names: namesParam([...bad]) } };
      reports.push({
        message:
          `${sentenceStart(nodeText(node, index))} has ${noun}: ${problems}. ` +
          'Use an FQDN of letters, digits and hyphens with two labels or more, such as pool01.contoso.com.',
        targets: [node.id],
        key,
      });
    }
    return reports;
  },
});
