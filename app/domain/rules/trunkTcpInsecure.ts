import { defineRule, reportEach } from '../diagnostic.ts';
import { describeTrunk } from '../describe.ts';

export const trunkTcpInsecure = defineRule({
  id: 'TRUNK_TCP_INSECURE',
  severity: 'warning',
  source: 'define-a-gateway-in-topology-builder: "strongly recommend ... TLS"',
  description: 'TLS is strongly recommended over TCP, which carries signalling in the clear.',
  messages: { default: ['trunk'] },
  check({ doc }) {
    return reportEach(doc.trunks, (trunk) =>
      trunk.transport === 'TCP'
        ? {
            message: `Trunk ${describeTrunk(trunk)} uses TCP, which carries signalling unencrypted: use TLS where the peer supports it.`,
            targets: [trunk.id],
            key: { id: 'default', params: { trunk: trunk.name } },
          }
        : null,
    );
  },
});
