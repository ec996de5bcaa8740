import { defineRule, term, type RuleReport, type TermRef } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';
import type { PortRange } from '../model.ts';
import { isMediationEndpoint } from '../model.ts';
import { listenerRanges, portsTerm, type NamedRange } from './naming.ts';

// A backwards range (from > to) holds no port here: PORT_INVALID reports it, and guessing
// which end the user meant would only add a second, possibly wrong, report.
function contains([from, to]: PortRange, port: number): boolean {
  return from <= port && port <= to;
}

function firstShared([aFrom, aTo]: PortRange, [bFrom, bTo]: PortRange): number | null {
  const low = Math.max(aFrom, bFrom);
  return low <= Math.min(aTo, bTo) && aFrom <= aTo && bFrom <= bTo ? low : null;
}

function listener({ name, range }: NamedRange): TermRef {
  return term('listener', { listener: name, ports: portsTerm(range) });
}

/** The English words of each overlap, the terms a report lists. */
export const OVERLAP_TERMS = {
  'overlap.shared': '{{a}} and {{b}} share port {{port}}',
  'overlap.serverPort': 'the SIP server port {{port}} lies in {{range}}',
} as const;

export const mediationPortOverlap = defineRule({
  id: 'MEDIATION_PORT_OVERLAP',
  severity: 'error',
  source: 'one port, one listener',
  description: 'On one Mediation endpoint the TLS range, the TCP range and the SIP server port use separate ports.',
  // {{overlaps}} lists overlap.* terms: two ranges sharing a port, the SIP server port inside a range.
  messages: { default: '{{node, capitalize}} uses a port twice: {{overlaps}}. Give TLS, TCP and the SIP server port separate ports.' },
  check({ doc, index }) {
    const reports: RuleReport<'default'>[] = [];
    for (let k = 0; k < doc.nodes.length; k++) {
      const node = doc.nodes[k]!;
      if (!isMediationEndpoint(node)) continue;
      const { sipServerPort } = node.mediation;
      const ranges = listenerRanges(node.mediation);
      const overlaps: TermRef[] = [];
      for (let i = 0; i < ranges.length; i++) {
        for (let j = i + 1; j < ranges.length; j++) {
          const shared = firstShared(ranges[i]!.range, ranges[j]!.range);
          if (shared !== null) overlaps.push(term('overlap.shared', { a: listener(ranges[i]!), b: listener(ranges[j]!), port: shared }));
        }
      }
      for (const range of ranges) {
        if (contains(range.range, sipServerPort)) overlaps.push(term('overlap.serverPort', { port: sipServerPort, range: listener(range) }));
      }
      if (overlaps.length === 0) continue;
      reports.push({ messageId: 'default', params: { node: nodeParam(node, index), overlaps: { list: overlaps } }, targets: [node.id] });
    }
    return reports;
  },
});
