import { doc, frontEnd, mediationPool, peer, trunk, validDoc, withChange } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { director, mnDesign } from './trunkFixtures.ts';
import { trunkPeerKind } from './trunkPeerKind.ts';

ruleTester(trunkPeerKind, {
  valid: [
    { name: 'trunk to a gateway', doc: validDoc() },
    { name: 'M:N design', doc: mnDesign() },
    {
      name: 'trunk to an IP-PBX',
      doc: withChange((d) => {
        d.nodes[1] = peer({ kind: 'ipPbx' });
      }),
    },
    {
      name: 'trunk to an SBC, from a Director (the Mediation side is another rule)',
      doc: doc({ nodes: [director(), peer({ kind: 'sbc' })], trunks: [trunk({ mediationId: 'dir1' })] }),
    },
  ],
  invalid: [
    {
      name: 'trunk to a Mediation pool',
      doc: doc({ nodes: [frontEnd(), mediationPool()], trunks: [trunk({ peerId: 'med1' })] }),
      reports: [{ targets: ['t1', 'med1'], messageId: 'default' }],
    },
    {
      name: 'trunk to a Director',
      doc: doc({ nodes: [frontEnd(), director()], trunks: [trunk({ peerId: 'dir1' })] }),
      reports: [{ targets: ['t1', 'dir1'], messageId: 'default' }],
    },
    {
      name: 'trunk from a Front End pool to itself',
      doc: doc({ nodes: [frontEnd()], trunks: [trunk({ peerId: 'fe1' })] }),
      reports: [{ targets: ['t1', 'fe1'], messageId: 'default' }],
    },
  ],
});
