import { peer, trunk, validDoc, withChange } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { trunkTlsIpPeer } from './trunkTlsIpPeer.ts';

ruleTester(trunkTlsIpPeer, {
  valid: [
    { name: 'TLS trunk to a gateway with an FQDN', doc: validDoc() },
    {
      name: 'TCP trunk to a gateway addressed by IP',
      doc: withChange((d) => {
        d.nodes[1] = peer({ address: '10.0.0.5' });
        d.trunks[0] = trunk({ transport: 'TCP' });
      }),
    },
  ],
  invalid: [
    {
      name: 'TLS trunk to a gateway addressed by IPv4',
      doc: withChange((d) => {
        d.nodes[1] = peer({ address: '10.0.0.5' });
      }),
      reports: [{ targets: ['t1', 'gw1'], messageId: 'default' }],
    },
    {
      name: 'TLS trunk to an SBC addressed by IPv6',
      doc: withChange((d) => {
        d.nodes[1] = peer({ kind: 'sbc', address: '2001:db8::1' });
      }),
      reports: [{ targets: ['t1', 'gw1'], messageId: 'default' }],
    },
  ],
});
