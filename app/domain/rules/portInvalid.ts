import { defineRule, type MessageKey, type NodeRef, type RuleReport } from '../diagnostic.ts';
import { describeTrunk } from '../describe.ts';
import type { MediationConfig } from '../model.ts';
import { isMediationEndpoint } from '../model.ts';
import { listText, listenerRanges, nodeParam, nodeText, rangeParam, sentenceStart } from './naming.ts';

const MIN_PORT = 1;
const MAX_PORT = 65535;

function isPort(port: number): boolean {
  return Number.isInteger(port) && port >= MIN_PORT && port <= MAX_PORT;
}

function outside(what: string, port: number): string {
  return `${what} ${port} is outside ${MIN_PORT}–${MAX_PORT}`;
}

/** Every fault of a mediation config, so that the node is reported once with all of them. */
function mediationProblems(mediation: MediationConfig): string[] {
  const problems: string[] = [];
  for (const { name, range } of listenerRanges(mediation)) {
    const [from, to] = range;
    if (!isPort(from)) problems.push(outside(`the ${name} range start`, from));
    if (!isPort(to)) problems.push(outside(`the ${name} range end`, to));
    if (from > to) problems.push(`the ${name} range ${from}–${to} starts above its end`);
  }
  if (!isPort(mediation.sipServerPort)) problems.push(outside('the SIP server port', mediation.sipServerPort));
  return problems;
}

/**
 * The key of a mediation endpoint's report: its faulty ranges as one param in no language's words
 * ("TLS 0–5067, TCP 5070–5068"), and the SIP server port when it is faulty.
 */
function mediationKey(mediation: MediationConfig, node: NodeRef): MessageKey {
  const ranges = listenerRanges(mediation)
    .filter(({ range: [from, to] }) => !isPort(from) || !isPort(to) || from > to)
    .map(({ name, range }) => `${name} ${rangeParam(range)}`)
    .join(', ');
  const port = mediation.sipServerPort;
  if (isPort(port)) return { id: 'ranges', params: { node, ranges } };
  return ranges === '' ? { id: 'serverPort', params: { node, port } } : { id: 'rangesAndServerPort', params: { node, ranges, port } };
}

function trunkKey(trunk: string, mediationPort: number, peerPort: number): MessageKey {
  if (isPort(mediationPort)) return { id: 'trunkPeerPort', params: { trunk, port: peerPort } };
  if (isPort(peerPort)) return { id: 'trunkMediationPort', params: { trunk, port: mediationPort } };
  return { id: 'trunkPorts', params: { trunk, mediationPort, peerPort } };
}

const ADVICE = `Use ports from ${MIN_PORT} to ${MAX_PORT}, with each range running from low to high.`;

export const portInvalid = defineRule({
  id: 'PORT_INVALID',
  severity: 'error',
  source: 'Set-CsMediationServer (UInt16)',
  description: 'Every port lies in 1–65535, and every port range runs from low to high.',
  // A mediation endpoint's faulty ranges, SIP server port, or both; a trunk's mediation port, peer port, or both.
  messages: {
    ranges: ['node', 'ranges'],
    serverPort: ['node', 'port'],
    rangesAndServerPort: ['node', 'ranges', 'port'],
    trunkMediationPort: ['trunk', 'port'],
    trunkPeerPort: ['trunk', 'port'],
    trunkPorts: ['trunk', 'mediationPort', 'peerPort'],
  },
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      // Only mediation endpoints carry ports; a Front End pool without collocated Mediation has none.
      if (!isMediationEndpoint(node)) continue;
      const problems = mediationProblems(node.mediation);
      if (problems.length === 0) continue;
      reports.push({
        message: `${sentenceStart(nodeText(node, index))} has invalid ports: ${listText(problems)}. ${ADVICE}`,
        targets: [node.id],
        key: mediationKey(node.mediation, nodeParam(node, index)),
      });
    }
    for (const trunk of doc.trunks) {
      const problems: string[] = [];
      if (!isPort(trunk.mediationPort)) problems.push(outside('the mediation port', trunk.mediationPort));
      if (!isPort(trunk.peerPort)) problems.push(outside('the peer port', trunk.peerPort));
      if (problems.length === 0) continue;
      reports.push({
        message: `Trunk ${describeTrunk(trunk)} has invalid ports: ${listText(problems)}. ${ADVICE}`,
        targets: [trunk.id],
        key: trunkKey(trunk.name, trunk.mediationPort, trunk.peerPort),
      });
    }
    return reports;
  },
});
