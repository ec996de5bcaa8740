import { defineRule, reportEach } from '../diagnostic.ts';
import { describeNode, describeTrunk, nodeRef } from '../describe.ts';
import type { PortRange } from '../model.ts';
import { trunkEndpoint } from './trunkEnds.ts';

function describeRange([from, to]: PortRange): string {
  return from === to ? `port ${from}` : `ports ${from}–${to}`;
}

export const trunkMediationPortRange = defineRule({
  id: 'TRUNK_MEDIATION_PORT_RANGE',
  severity: 'error',
  source: 'TB define-a-new-trunk',
  description: "A trunk's Mediation port lies in its Mediation Server's listening range for the trunk's transport.",
  // A range of one port reads "on port 5067", a wider one "on ports 5067–5070".
  messages: {
    onePort: ['trunk', 'port', 'endpoint', 'transport', 'listenPort'],
    portRange: ['trunk', 'port', 'endpoint', 'transport', 'from', 'to'],
  },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const endpoint = trunkEndpoint(trunk, index);
      if (endpoint === undefined) return null;
      const range = trunk.transport === 'TLS' ? endpoint.mediation.tlsPortRange : endpoint.mediation.tcpPortRange;
      // No TCP range: TRUNK_TCP_DISABLED reports the trunk, once is enough.
      if (range === null) return null;
      const [from, to] = range;
      if (trunk.mediationPort >= from && trunk.mediationPort <= to) return null;
      return {
        message: `Trunk ${describeTrunk(trunk)} uses Mediation port ${trunk.mediationPort}, but ${describeNode(endpoint)} listens for ${trunk.transport} on ${describeRange(range)}: pick a port in that range, or widen the range.`,
        targets: [trunk.id, endpoint.id],
        key: {
          id: from === to ? 'onePort' : 'portRange',
          params: {
            trunk: trunk.name,
            port: trunk.mediationPort,
            endpoint: nodeRef(endpoint),
            transport: trunk.transport,
            ...(from === to ? { listenPort: from } : { from, to }),
          },
        },
      };
    });
  },
});
