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
      reports: [{ targets: ['med1'], messageIncludes: ['Mediation pool med.contoso.com carries no trunk', 'or remove it'] }],
    },
    {
      name: 'a Front End pool with collocated Mediation and no trunk',
      doc: doc({ nodes: [frontEnd(), peer()] }),
      reports: [{ targets: ['fe1'], messageIncludes: ['Front End pool pool01.contoso.com has collocated Mediation but carries no trunk', 'turn collocated Mediation off'] }],
    },
    {
      name: 'a trunk drawn the wrong way round (the pool on the peer side) does not count',
      doc: doc({ nodes: [mediationPool({ nextHopId: null }), peer()], trunks: [trunk({ mediationId: 'gw1', peerId: 'med1' })] }),
      reports: [{ targets: ['med1'] }],
    },
  ],
});
