import { route, routedDoc } from '../testing/routing.ts';
import { ruleTester } from './ruleTester.ts';
import { routeNoUsage } from './routeNoUsage.ts';

ruleTester(routeNoUsage, {
  valid: [{ name: 'the routed document', doc: routedDoc() }],
  invalid: [
    {
      name: 'a route without usages',
      doc: routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'Orphan', pstnUsages: [] }))),
      reports: [{ targets: ['r2'], messageId: 'default', params: { name: 'Orphan' } }],
    },
  ],
});
