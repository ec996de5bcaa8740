import { doc, frontEnd, mediationPool, peer, trunk, validDoc } from '../testing/build.ts';
import { mediationUnused } from './mediationUnused.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(mediationUnused, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    { name: 'a Front End pool without Mediation and no trunk', doc: doc({ nodes: [frontEnd({ mediation: null })] }) },
    {
      name: 'a Mediation pool with a trunk',
      doc: doc({ nodes: [frontEnd({ mediation: null }), mediationPool(), peer()], trunks: [trunk({ mediationId: 'med1' })] }),
    },
  ],
  invalid: [
    {
      name: 'a Mediation pool without a trunk',
      doc: doc({ nodes: [frontEnd(), mediationPool(), peer()], trunks: [trunk()] }),
      reports: [{ targets: ['med1'], messageId: 'mediationPool' }],
    },
    {
      name: 'a Front End pool with collocated Mediation and no trunk',
      doc: doc({ nodes: [frontEnd(), peer()] }),
      reports: [{ targets: ['fe1'], messageId: 'collocated' }],
    },
    {
      name: 'a trunk drawn the wrong way round (the pool on the peer side) does not count',
      doc: doc({ nodes: [mediationPool({ nextHopId: null }), peer()], trunks: [trunk({ mediationId: 'gw1', peerId: 'med1' })] }),
      reports: [{ targets: ['med1'], messageId: 'mediationPool' }],
    },
  ],
});
