import { doc, frontEnd, mediationPool, peer, trunk, validDoc } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { mnDesign } from './trunkFixtures.ts';
import { trunkPeerPortDuplicate } from './trunkPeerPortDuplicate.ts';

const nodes = [frontEnd(), mediationPool(), peer(), peer({ id: 'gw2', address: 'gw02.contoso.com' })];

ruleTester(trunkPeerPortDuplicate, {
  valid: [
    { name: 'one trunk', doc: validDoc() },
    { name: 'M:N design: two pools reach each gateway on two gateway ports', doc: mnDesign() },
    {
      name: 'one port number on two different gateways',
      doc: doc({ nodes, trunks: [trunk({ id: 't1', name: 'a' }), trunk({ id: 't2', name: 'b', peerId: 'gw2' })] }),
    },
    {
      name: 'two trunks sharing a port of a node that is not a peer (TRUNK_PEER_KIND reports them)',
      doc: doc({
        nodes,
        trunks: [trunk({ id: 't1', name: 'a', peerId: 'med1' }), trunk({ id: 't2', name: 'b', peerId: 'med1' })],
      }),
    },
  ],
  invalid: [
    {
      name: 'two pools on one gateway port',
      doc: doc({
        nodes,
        trunks: [trunk({ id: 't1', name: 'a' }), trunk({ id: 't2', name: 'b', mediationId: 'med1', root: false })],
      }),
      reports: [{ targets: ['t2', 't1'], messageId: 'default' }],
    },
    {
      name: 'one port even across transports; each later trunk once, paired with the first',
      doc: doc({
        nodes,
        trunks: [
          trunk({ id: 't1', name: 'a', peerPort: 5066 }),
          trunk({ id: 't2', name: 'b', peerPort: 5067, root: false }),
          trunk({ id: 't3', name: 'c', peerPort: 5066, root: false, transport: 'TCP' }),
          trunk({ id: 't4', name: 'd', peerPort: 5066, root: false, mediationId: 'med1' }),
        ],
      }),
      reports: [{ targets: ['t3', 't1'], messageId: 'default' }, { targets: ['t4', 't1'], messageId: 'default' }],
    },
  ],
});
