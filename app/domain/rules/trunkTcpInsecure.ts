import { defineRule, reportEach } from '../diagnostic.ts';

export const trunkTcpInsecure = defineRule({
  id: 'TRUNK_TCP_INSECURE',
  severity: 'warning',
  source: 'define-a-gateway-in-topology-builder: "strongly recommend ... TLS"',
  description: 'TLS is strongly recommended over TCP, which carries signalling in the clear.',
  messages: { default: 'Trunk "{{trunk}}" uses TCP, which carries signalling unencrypted: use TLS where the peer supports it.' },
  check({ doc }) {
    return reportEach(doc.trunks, (trunk) => (trunk.transport === 'TCP' ? { messageId: 'default', params: { trunk: trunk.name }, targets: [trunk.id] } : null));
  },
});
