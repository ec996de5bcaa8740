import { doc, frontEnd, mediationPool, peer, trunk, validDoc, withChange } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { director, mnDesign } from './trunkFixtures.ts';
import { trunkMediationKind } from './trunkMediationKind.ts';

ruleTester(trunkMediationKind, {
  valid: [
    { name: 'trunk from a Front End pool with collocated Mediation', doc: validDoc() },
    { name: 'trunks from Mediation pools (M:N)', doc: mnDesign() },
    { name: 'no trunks', doc: doc({ nodes: [frontEnd({ mediation: null }), peer()] }) },
  ],
  invalid: [
    {
      name: 'trunk from a Front End pool without collocated Mediation',
      doc: withChange((d) => {
        d.nodes[0] = frontEnd({ mediation: null });
      }),
      reports: [
        {
          targets: ['t1', 'fe1'],
          messageId: 'frontEndPool',
        },
      ],
    },
    {
      name: 'trunk from a Director',
      doc: doc({ nodes: [frontEnd(), director(), peer()], trunks: [trunk({ mediationId: 'dir1' })] }),
      reports: [{ targets: ['t1', 'dir1'], messageId: 'director' }],
    },
    {
      name: 'trunk from a peer, named by its label',
      doc: doc({
        nodes: [frontEnd(), peer(), peer({ id: 'gw2', address: 'gw02.contoso.com', label: 'Paris GW' })],
        trunks: [trunk({ mediationId: 'gw2' })],
      }),
      reports: [{ targets: ['t1', 'gw2'], messageId: 'pstnGateway' }],
    },
    {
      name: 'each offending trunk once, in document order',
      doc: doc({
        nodes: [frontEnd({ mediation: null }), director(), mediationPool(), peer()],
        trunks: [
          trunk({ id: 't1', name: 'a', mediationId: 'dir1' }),
          trunk({ id: 't2', name: 'b', mediationId: 'med1', root: false, peerPort: 5068 }),
          trunk({ id: 't3', name: 'c', mediationId: 'fe1', root: false, peerPort: 5069 }),
        ],
      }),
      reports: [{ targets: ['t1', 'dir1'], messageId: 'director' }, { targets: ['t3', 'fe1'], messageId: 'frontEndPool' }],
    },
  ],
});
