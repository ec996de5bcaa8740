import { doc, frontEnd, mediationPool, peer, trunk, validDoc } from '../testing/build.ts';
import { peerRootTrunk } from './peerRootTrunk.ts';
import { ruleTester } from './ruleTester.ts';
import { mnDesign } from './trunkFixtures.ts';

const nodes = [frontEnd(), mediationPool(), peer()];

ruleTester(peerRootTrunk, {
  valid: [
    { name: 'a peer with its root trunk', doc: validDoc() },
    { name: 'M:N design: one root per gateway', doc: mnDesign() },
    { name: 'no peers', doc: doc({ nodes: [frontEnd()] }) },
    {
      name: 'one root among several trunks',
      doc: doc({
        nodes,
        trunks: [trunk({ id: 't1', name: 'a', root: false }), trunk({ id: 't2', name: 'b', mediationId: 'med1', peerPort: 5068 })],
      }),
    },
  ],
  invalid: [
    {
      name: 'a peer without trunks',
      doc: doc({ nodes: [frontEnd(), peer({ kind: 'ipPbx', address: 'pbx.contoso.com' })] }),
      reports: [{ targets: ['gw1'], messageId: 'noTrunk' }],
    },
    {
      name: 'a peer reached only by a trunk that names it as its Mediation end',
      doc: doc({ nodes, trunks: [trunk({ mediationId: 'gw1', peerId: 'med1' })] }),
      reports: [{ targets: ['gw1'], messageId: 'noTrunk' }],
    },
    {
      name: 'trunks without a root: the peer, then all its trunks',
      doc: doc({
        nodes,
        trunks: [trunk({ id: 't1', name: 'a', root: false }), trunk({ id: 't2', name: 'b', mediationId: 'med1', peerPort: 5068, root: false })],
      }),
      reports: [{ targets: ['gw1', 't1', 't2'], messageId: 'noRoot' }],
    },
    {
      name: 'two roots: the peer, then all its trunks',
      doc: doc({
        nodes,
        trunks: [
          trunk({ id: 't1', name: 'a' }),
          trunk({ id: 't2', name: 'b', mediationId: 'med1', peerPort: 5068, root: false }),
          trunk({ id: 't3', name: 'c', mediationId: 'med1', peerPort: 5069 }),
        ],
      }),
      reports: [{ targets: ['gw1', 't1', 't2', 't3'], messageId: 'manyRoots' }],
    },
    {
      name: 'each faulty peer once, in document order',
      doc: doc({
        nodes: [frontEnd(), peer({ id: 'gw1' }), peer({ id: 'gw2', address: 'gw02.contoso.com' }), peer({ id: 'sbc1', kind: 'sbc', address: 'sbc.example.net' })],
        trunks: [trunk({ id: 't1', name: 'a', peerId: 'sbc1', root: false }), trunk({ id: 't2', name: 'b', peerId: 'gw2' })],
      }),
      reports: [{ targets: ['gw1'], messageId: 'noTrunk' }, { targets: ['sbc1', 't1'], messageId: 'noRoot' }],
    },
  ],
});
