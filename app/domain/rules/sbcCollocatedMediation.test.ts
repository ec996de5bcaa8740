import { doc, frontEnd, mediationPool, peer, trunk, validDoc } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { sbcCollocatedMediation } from './sbcCollocatedMediation.ts';
import { mnDesign } from './trunkFixtures.ts';

const sbc = peer({ id: 'sbc1', kind: 'sbc', address: 'sbc.example.net' });

ruleTester(sbcCollocatedMediation, {
  valid: [
    { name: 'gateway on collocated Mediation', doc: validDoc() },
    { name: 'M:N design', doc: mnDesign() },
    {
      name: 'SBC on a stand-alone Mediation pool',
      doc: doc({ nodes: [frontEnd(), mediationPool(), sbc], trunks: [trunk({ mediationId: 'med1', peerId: 'sbc1' })] }),
    },
    {
      name: 'SBC on a Front End pool without Mediation (TRUNK_MEDIATION_KIND reports it)',
      doc: doc({ nodes: [frontEnd({ mediation: null }), sbc], trunks: [trunk({ peerId: 'sbc1' })] }),
    },
  ],
  invalid: [
    {
      name: 'SBC on collocated Mediation',
      doc: doc({ nodes: [frontEnd(), sbc], trunks: [trunk({ peerId: 'sbc1' })] }),
      reports: [
        {
          targets: ['t1', 'fe1'],
          messageId: 'default',
        },
      ],
    },
  ],
});
