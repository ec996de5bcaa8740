import { doc, frontEnd, mediationPool, peer, trunk, validDoc, withChange } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { director, mnDesign } from './trunkFixtures.ts';
import { trunkTcpDisabled } from './trunkTcpDisabled.ts';

const tcpOn = { tlsPortRange: [5067, 5067] as [number, number], tcpPortRange: [5068, 5068] as [number, number], sipServerPort: 5070 };

ruleTester(trunkTcpDisabled, {
  valid: [
    { name: 'TLS trunk with TCP disabled', doc: validDoc() },
    { name: 'M:N design', doc: mnDesign() },
    {
      name: 'TCP trunk with TCP enabled',
      doc: withChange((d) => {
        d.nodes[0] = frontEnd({ mediation: tcpOn });
        d.trunks[0] = trunk({ transport: 'TCP', mediationPort: 5068, peerPort: 5066 });
      }),
    },
    {
      name: 'TCP trunk from a Front End pool without Mediation or a Director (TRUNK_MEDIATION_KIND reports them)',
      doc: doc({
        nodes: [frontEnd({ mediation: null }), director(), peer()],
        trunks: [
          trunk({ id: 't1', name: 'a', transport: 'TCP' }),
          trunk({ id: 't2', name: 'b', transport: 'TCP', mediationId: 'dir1', peerPort: 5066 }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'TCP trunk from collocated Mediation with TCP disabled',
      doc: withChange((d) => {
        d.trunks[0] = trunk({ transport: 'TCP', mediationPort: 5068, peerPort: 5066 });
      }),
      reports: [{ targets: ['t1', 'fe1'], messageId: 'default' }],
    },
    {
      name: 'TCP trunk from a Mediation pool with TCP disabled',
      doc: doc({ nodes: [frontEnd(), mediationPool(), peer()], trunks: [trunk({ mediationId: 'med1', transport: 'TCP' })] }),
      reports: [{ targets: ['t1', 'med1'], messageId: 'default' }],
    },
  ],
});
