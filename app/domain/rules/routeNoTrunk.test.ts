import { route, routedDoc } from '../testing/routing.ts';
import { ruleTester } from './ruleTester.ts';
import { routeNoTrunk } from './routeNoTrunk.ts';

ruleTester(routeNoTrunk, {
  valid: [{ name: 'the routed document', doc: routedDoc() }],
  invalid: [
    {
      name: 'a route without trunks',
      doc: routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'Empty', trunkIds: [] }))),
      reports: [{ targets: ['r2'], messageId: 'default', params: { name: 'Empty' } }],
    },
  ],
});
