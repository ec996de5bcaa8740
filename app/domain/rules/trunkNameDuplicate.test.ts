import { doc, frontEnd, peer, trunk, validDoc } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { mnDesign } from './trunkFixtures.ts';
import { trunkNameDuplicate } from './trunkNameDuplicate.ts';

const nodes = [frontEnd(), peer(), peer({ id: 'gw2', address: 'gw02.contoso.com' })];

ruleTester(trunkNameDuplicate, {
  valid: [
    { name: 'one trunk', doc: validDoc() },
    { name: 'M:N design with distinct names', doc: mnDesign() },
    {
      name: 'names that differ by one character',
      doc: doc({ nodes, trunks: [trunk({ id: 't1', name: 'trunk-1' }), trunk({ id: 't2', name: 'trunk-2', peerId: 'gw2' })] }),
    },
  ],
  invalid: [
    {
      name: 'two trunks with one name, differing in case',
      doc: doc({ nodes, trunks: [trunk({ id: 't1', name: 'Main' }), trunk({ id: 't2', name: 'MAIN', peerId: 'gw2' })] }),
      reports: [{ targets: ['t2', 't1'], messageId: 'default' }],
    },
    {
      name: 'three trunks with one name: each later trunk once, paired with the first',
      doc: doc({
        nodes,
        trunks: [
          trunk({ id: 't1', name: 'x' }),
          trunk({ id: 't2', name: 'y', peerId: 'gw2' }),
          trunk({ id: 't3', name: 'x', peerId: 'gw2', root: false, peerPort: 5068 }),
          trunk({ id: 't4', name: 'X', root: false, peerPort: 5068 }),
        ],
      }),
      reports: [{ targets: ['t3', 't1'], messageId: 'default' }, { targets: ['t4', 't1'], messageId: 'default' }],
    },
  ],
});
