import { doc, frontEnd, mediationPool, peer, trunk, validDoc, withChange } from '../testing/build.ts';
import { peerNoDnsLbMultiServer } from './peerNoDnsLbMultiServer.ts';
import { ruleTester } from './ruleTester.ts';
import { director, mnDesign } from './trunkFixtures.ts';

const noDnsLb = peer({ dnsLoadBalancing: false });

ruleTester(peerNoDnsLbMultiServer, {
  valid: [
    { name: 'a DNS-load-balanced gateway on a three-server pool', doc: validDoc() },
    { name: 'M:N design: two-server pools with DNS-load-balanced gateways', doc: mnDesign() },
    {
      name: 'no DNS load balancing, served by a Mediation pool of one server',
      doc: doc({ nodes: [frontEnd(), mediationPool(), noDnsLb], trunks: [trunk({ mediationId: 'med1' })] }),
    },
    {
      name: 'no DNS load balancing, served by a Standard Edition server',
      doc: doc({
        nodes: [frontEnd({ edition: 'standard', servers: ['pool01.contoso.com'] }), noDnsLb],
        trunks: [trunk()],
      }),
    },
    {
      name: 'no DNS load balancing, trunk from a two-server Director (TRUNK_MEDIATION_KIND reports it)',
      doc: doc({ nodes: [director(), noDnsLb], trunks: [trunk({ mediationId: 'dir1' })] }),
    },
  ],
  invalid: [
    {
      name: 'no DNS load balancing, served by a three-server Front End pool',
      doc: withChange((d) => {
        d.nodes[1] = noDnsLb;
      }),
      reports: [
        {
          targets: ['t1', 'gw1', 'fe1'],
          messageId: 'default',
        },
      ],
    },
    {
      name: 'each trunk to a multi-server pool once',
      doc: doc({
        nodes: [frontEnd(), mediationPool({ servers: ['med01.contoso.com', 'med02.contoso.com'] }), mediationPool({ id: 'med2', fqdn: 'med2.contoso.com' }), noDnsLb],
        trunks: [
          trunk({ id: 't1', name: 'a', mediationId: 'med1' }),
          trunk({ id: 't2', name: 'b', mediationId: 'med2', root: false, peerPort: 5068 }),
          trunk({ id: 't3', name: 'c', mediationId: 'fe1', root: false, peerPort: 5069 }),
        ],
      }),
      reports: [{ targets: ['t1', 'gw1', 'med1'], messageId: 'default' }, { targets: ['t3', 'gw1', 'fe1'], messageId: 'default' }],
    },
  ],
});
