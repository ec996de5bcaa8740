import { routedDoc } from '../testing/routing.ts';
import { peer, trunk, validDoc } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { trunkNotRouted } from './trunkNotRouted.ts';

ruleTester(trunkNotRouted, {
  valid: [
    { name: 'no routing modelled', doc: validDoc() },
    { name: 'the root trunk in route r1', doc: routedDoc() },
  ],
  invalid: [
    {
      name: 'a second gateway\'s trunk in no route',
      doc: routedDoc((d) => {
        d.nodes.push(peer({ id: 'gw2', address: 'gw02.contoso.com' }));
        d.trunks.push(trunk({ id: 't2', name: 'gw02-5067', peerId: 'gw2' }));
      }),
      reports: [{ targets: ['t2'], messageId: 'default', params: { trunk: 'gw02-5067' } }],
    },
  ],
});
