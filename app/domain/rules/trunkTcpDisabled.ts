import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeRef } from '../describe.ts';
import { trunkEndpoint } from './trunkEnds.ts';

export const trunkTcpDisabled = defineRule({
  id: 'TRUNK_TCP_DISABLED',
  severity: 'error',
  source: 'define-a-mediation-server-in-topology-builder: "TCP port is disabled by default"',
  description: 'A TCP trunk needs TCP turned on at its Mediation Server.',
  messages: { default: 'Trunk "{{trunk}}" uses TCP, but TCP is disabled on {{endpoint}}: turn on a TCP port range there, or use TLS.' },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      if (trunk.transport !== 'TCP') return null;
      const endpoint = trunkEndpoint(trunk, index);
      if (endpoint === undefined || endpoint.mediation.tcpPortRange !== null) return null;
      return { messageId: 'default', params: { trunk: trunk.name, endpoint: nodeRef(endpoint) }, targets: [trunk.id, endpoint.id] };
    });
  },
});
