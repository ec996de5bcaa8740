import { doc, frontEnd, mediationPool, validDoc } from '../testing/build.ts';
import { mediationNextHopMissing } from './mediationNextHopMissing.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(mediationNextHopMissing, {
  valid: [
    { name: 'the valid document (collocated Mediation has no next hop to choose)', doc: validDoc() },
    { name: 'a Mediation pool with a next hop', doc: doc({ nodes: [frontEnd(), mediationPool()] }) },
  ],
  invalid: [
    {
      name: 'a Mediation pool without a next hop',
      doc: doc({ nodes: [frontEnd(), mediationPool({ nextHopId: null })] }),
      reports: [{ targets: ['med1'], messageId: 'default' }],
    },
  ],
});
