import { setTrunkMedia } from '../edit.ts';
import { doc, mediationPool, peer, trunk, validDoc, withChange } from '../testing/build.ts';
import { bypassUnqualifiedPeer } from './bypassUnqualifiedPeer.ts';
import { ruleTester } from './ruleTester.ts';
import { mnDesign } from './trunkFixtures.ts';

ruleTester(bypassUnqualifiedPeer, {
  valid: [
    { name: 'no bypass', doc: validDoc() },
    { name: 'M:N design: bypass to a qualified gateway', doc: mnDesign() },
    {
      name: 'unqualified gateway without bypass',
      doc: withChange((d) => {
        d.nodes[1] = peer({ qualified: false });
      }),
    },
    {
      name: 'bypassed trunk to a node that is not a peer (TRUNK_PEER_KIND reports it)',
      doc: setTrunkMedia(doc({ nodes: [mediationPool()], trunks: [trunk({ mediationId: 'med1', peerId: 'med1' })] }), 't1', { mediaBypass: true }),
    },
  ],
  invalid: [
    {
      name: 'bypass to an unqualified IP-PBX',
      doc: setTrunkMedia(
        withChange((d) => {
          d.nodes[1] = peer({ kind: 'ipPbx', address: 'pbx.contoso.com', qualified: false });
        }),
        't1',
        { mediaBypass: true },
      ),
      reports: [{ targets: ['t1', 'gw1', 'tc-t1'], messageId: 'default' }],
    },
  ],
});
