import { defineRule, term, type RuleReport, type TermRef } from '../diagnostic.ts';
import type { MediationConfig } from '../model.ts';
import { isMediationEndpoint } from '../model.ts';
import { nodeParam } from '../describe.ts';
import { listenerRanges } from './naming.ts';

const MIN_PORT = 1;
const MAX_PORT = 65535;

function isPort(port: number): boolean {
  return Number.isInteger(port) && port >= MIN_PORT && port <= MAX_PORT;
}

/** The English words of each fault, the terms a report lists. */
export const PORT_FAULT_TERMS = {
  'portFault.rangeStart': 'the {{listener}} range start {{port}} is outside 1–65535',
  'portFault.rangeEnd': 'the {{listener}} range end {{port}} is outside 1–65535',
  'portFault.backwards': 'the {{listener}} range {{from}}–{{to}} starts above its end',
  'portFault.serverPort': 'the SIP server port {{port}} is outside 1–65535',
  'portFault.mediationPort': 'the mediation port {{port}} is outside 1–65535',
  'portFault.peerPort': 'the peer port {{port}} is outside 1–65535',
} as const;

/** Every fault of a mediation config, so that the node is reported once with all of them. */
function mediationFaults(mediation: MediationConfig): TermRef[] {
  const faults: TermRef[] = [];
  for (const { name: listener, range } of listenerRanges(mediation)) {
    const [from, to] = range;
    if (!isPort(from)) faults.push(term('portFault.rangeStart', { listener, port: from }));
    if (!isPort(to)) faults.push(term('portFault.rangeEnd', { listener, port: to }));
    if (from > to) faults.push(term('portFault.backwards', { listener, from, to }));
  }
  if (!isPort(mediation.sipServerPort)) faults.push(term('portFault.serverPort', { port: mediation.sipServerPort }));
  return faults;
}

export const portInvalid = defineRule({
  id: 'PORT_INVALID',
  severity: 'error',
  source: 'Set-CsMediationServer (UInt16)',
  description: 'Every port lies in 1–65535, and every port range runs from low to high.',
  // {{faults}} lists portFault.* terms: a mediation endpoint's ranges and SIP server port, a trunk's two ports.
  messages: {
    endpoint: '{{node, capitalize}} has invalid ports: {{faults}}. Use ports from 1 to 65535, with each range running from low to high.',
    trunk: 'Trunk "{{trunk}}" has invalid ports: {{faults}}. Use ports from 1 to 65535, with each range running from low to high.',
  },
  check({ doc, index }) {
    const reports: RuleReport<'endpoint' | 'trunk'>[] = [];
    for (let k = 0; k < doc.nodes.length; k++) {
      const node = doc.nodes[k]!;
      // Only mediation endpoints carry ports; a Front End pool without collocated Mediation has none.
      if (!isMediationEndpoint(node)) continue;
      const faults = mediationFaults(node.mediation);
      if (faults.length === 0) continue;
      reports.push({ messageId: 'endpoint', params: { node: nodeParam(node, index), faults: { list: faults } }, targets: [node.id] });
    }
    for (let k = 0; k < doc.trunks.length; k++) {
      const trunk = doc.trunks[k]!;
      const faults: TermRef[] = [];
      if (!isPort(trunk.mediationPort)) faults.push(term('portFault.mediationPort', { port: trunk.mediationPort }));
      if (!isPort(trunk.peerPort)) faults.push(term('portFault.peerPort', { port: trunk.peerPort }));
      if (faults.length === 0) continue;
      reports.push({ messageId: 'trunk', params: { trunk: trunk.name, faults: { list: faults } }, targets: [trunk.id] });
    }
    return reports;
  },
});
