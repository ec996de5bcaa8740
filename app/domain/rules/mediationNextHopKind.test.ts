import type { Director } from '../model.ts';
import { doc, frontEnd, mediationPool, peer, validDoc } from '../testing/build.ts';
import { mediationNextHopKind } from './mediationNextHopKind.ts';
import { ruleTester } from './ruleTester.ts';

const director: Director = { id: 'dir1', kind: 'director', siteId: 'hq', fqdn: 'dir.contoso.com', servers: ['dir01.contoso.com'] };

ruleTester(mediationNextHopKind, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    { name: 'a next hop that is a Front End pool', doc: doc({ nodes: [frontEnd(), mediationPool()] }) },
    { name: 'a Front End pool without Mediation is still a valid next hop', doc: doc({ nodes: [frontEnd({ mediation: null }), mediationPool()] }) },
    { name: 'no next hop yet (MEDIATION_NEXT_HOP_MISSING, not this rule)', doc: doc({ nodes: [mediationPool({ nextHopId: null })] }) },
  ],
  invalid: [
    {
      name: 'a Director as next hop',
      doc: doc({ nodes: [director, mediationPool({ nextHopId: 'dir1' })] }),
      reports: [{ targets: ['med1', 'dir1'], messageId: 'director' }],
    },
    {
      name: 'a gateway as next hop',
      doc: doc({ nodes: [peer(), mediationPool({ nextHopId: 'gw1' })] }),
      reports: [{ targets: ['med1', 'gw1'], messageId: 'other' }],
    },
    {
      name: 'another Mediation pool as next hop',
      doc: doc({ nodes: [mediationPool({ id: 'med2', fqdn: 'med2.contoso.com', servers: ['med21.contoso.com'] }), mediationPool({ nextHopId: 'med2' })] }),
      reports: [{ targets: ['med1', 'med2'], messageId: 'other' }],
    },
    {
      name: 'a Mediation pool as its own next hop',
      doc: doc({ nodes: [mediationPool({ nextHopId: 'med1' })] }),
      reports: [{ targets: ['med1'], messageId: 'self' }],
    },
  ],
});
