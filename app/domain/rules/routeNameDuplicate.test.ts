import { route, routedDoc } from '../testing/routing.ts';
import { ruleTester } from './ruleTester.ts';
import { routeNameDuplicate } from './routeNameDuplicate.ts';

ruleTester(routeNameDuplicate, {
  valid: [{ name: 'distinct names', doc: routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'Long distance' }))) }],
  invalid: [
    {
      name: 'two routes named alike but for case',
      doc: routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'LOCAL' }))),
      reports: [{ targets: ['r2', 'r1'], messageId: 'default', params: { name: 'LOCAL' } }],
    },
  ],
});
