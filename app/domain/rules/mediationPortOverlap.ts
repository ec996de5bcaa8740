import { defineRule, type RuleReport } from '../diagnostic.ts';
import type { PortRange } from '../model.ts';
import { isMediationEndpoint } from '../model.ts';
import { listText, listenerRanges, nodeText, rangeText, sentenceStart, type NamedRange } from './naming.ts';

// A backwards range (from > to) holds no port here: PORT_INVALID reports it, and guessing
// which end the user meant would only add a second, possibly wrong, report.
function contains([from, to]: PortRange, port: number): boolean {
  return from <= port && port <= to;
}

function firstShared([aFrom, aTo]: PortRange, [bFrom, bTo]: PortRange): number | null {
  const low = Math.max(aFrom, bFrom);
  return low <= Math.min(aTo, bTo) && aFrom <= aTo && bFrom <= bTo ? low : null;
}

function described({ name, range }: NamedRange): string {
  return `the ${name} range (${rangeText(range)})`;
}

export const mediationPortOverlap = defineRule({
  id: 'MEDIATION_PORT_OVERLAP',
  severity: 'error',
  source: 'one port, one listener',
  description: 'On one Mediation endpoint the TLS range, the TCP range and the SIP server port use separate ports.',
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      if (!isMediationEndpoint(node)) continue;
      const { sipServerPort } = node.mediation;
      const ranges = listenerRanges(node.mediation);
      const overlaps: string[] = [];
      for (let i = 0; i < ranges.length; i++) {
        for (let j = i + 1; j < ranges.length; j++) {
          const shared = firstShared(ranges[i]!.range, ranges[j]!.range);
          if (shared !== null) overlaps.push(`${described(ranges[i]!)} and ${described(ranges[j]!)} share port ${shared}`);
        }
      }
      for (const range of ranges) {
        if (contains(range.range, sipServerPort)) overlaps.push(`the SIP server port ${sipServerPort} lies in ${described(range)}`);
      }
      if (overlaps.length === 0) continue;
      reports.push({
        message:
          `${sentenceStart(nodeText(node, index))} uses a port twice: ${listText(overlaps)}. ` +
          'Give TLS, TCP and the SIP server port separate ports.',
        targets: [node.id],
      });
    }
    return reports;
  },
});
