import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeRef } from '../describe.ts';
import { trunkEndpoint } from './trunkEnds.ts';

const ADVICE = 'pick a port in that range, or widen the range.';

export const trunkMediationPortRange = defineRule({
  id: 'TRUNK_MEDIATION_PORT_RANGE',
  severity: 'error',
  source: 'TB define-a-new-trunk',
  description: "A trunk's Mediation port lies in its Mediation Server's listening range for the trunk's transport.",
  // A range of one port reads "on port 5067", a wider one "on ports 5067–5070".
  messages: {
    onePort: `Trunk "{{trunk}}" uses Mediation port {{port}}, but {{endpoint}} listens for {{transport}} on port {{listenPort}}: ${ADVICE}`,
    portRange: `Trunk "{{trunk}}" uses Mediation port {{port}}, but {{endpoint}} listens for {{transport}} on ports {{from}}–{{to}}: ${ADVICE}`,
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
      const params = { trunk: trunk.name, port: trunk.mediationPort, endpoint: nodeRef(endpoint), transport: trunk.transport };
      const targets = [trunk.id, endpoint.id];
      return from === to
        ? { messageId: 'onePort', params: { ...params, listenPort: from }, targets }
        : { messageId: 'portRange', params: { ...params, from, to }, targets };
    });
  },
});
