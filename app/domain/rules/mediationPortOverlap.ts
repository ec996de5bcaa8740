import { defineRule, type MessageKey, type NodeRef, type RuleReport } from '../diagnostic.ts';
import type { MediationConfig, PortRange } from '../model.ts';
import { isMediationEndpoint } from '../model.ts';
import { listText, listenerRanges, nodeParam, nodeText, rangeParam, rangeText, sentenceStart, type NamedRange } from './naming.ts';

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

/**
 * The key of a report. The overlaps are few: the TLS and TCP ranges share a port, the SIP server
 * port lies in one range, or both; and when it lies in both ranges, those share a port too.
 */
function overlapKey(mediation: MediationConfig, node: NodeRef): MessageKey {
  const { tlsPortRange, tcpPortRange, sipServerPort: serverPort } = mediation;
  const hosts = listenerRanges(mediation).filter(({ range }) => contains(range, serverPort));
  const shared = tcpPortRange === null ? null : firstShared(tlsPortRange, tcpPortRange);
  const [host] = hosts;
  if (shared === null || tcpPortRange === null) {
    // Only the SIP server port overlaps, with one range: two ranges holding it would share it.
    return { id: 'serverPort', params: { node, serverPort, listener: host?.name ?? '', range: host ? rangeParam(host.range) : '' } };
  }
  const ranges = { node, tls: rangeParam(tlsPortRange), tcp: rangeParam(tcpPortRange), shared };
  if (host === undefined) return { id: 'ranges', params: ranges };
  if (hosts.length === 1) return { id: 'rangesAndServerPort', params: { ...ranges, serverPort, listener: host.name } };
  return { id: 'bothRangesAndServerPort', params: { ...ranges, serverPort } };
}

export const mediationPortOverlap = defineRule({
  id: 'MEDIATION_PORT_OVERLAP',
  severity: 'error',
  source: 'one port, one listener',
  description: 'On one Mediation endpoint the TLS range, the TCP range and the SIP server port use separate ports.',
  messages: {
    ranges: ['node', 'tls', 'tcp', 'shared'],
    serverPort: ['node', 'serverPort', 'listener', 'range'],
    rangesAndServerPort: ['node', 'tls', 'tcp', 'shared', 'serverPort', 'listener'],
    bothRangesAndServerPort: ['node', 'tls', 'tcp', 'shared', 'serverPort'],
  },
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
        key: overlapKey(node.mediation, nodeParam(node, index)),
      });
    }
    return reports;
  },
});
