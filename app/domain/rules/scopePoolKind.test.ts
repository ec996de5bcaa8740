import { dialPlan, routedDoc } from '../testing/routing.ts';
import { ruleTester } from './ruleTester.ts';
import { scopePoolKind } from './scopePoolKind.ts';

ruleTester(scopePoolKind, {
  valid: [
    { name: 'a dial plan scoped to a Front End pool', doc: routedDoc((d) => d.dialPlans.push(dialPlan({ scope: { kind: 'pool', poolId: 'fe1' } }))) },
    { name: 'a site-scoped dial plan', doc: routedDoc((d) => d.dialPlans.push(dialPlan())) },
  ],
  invalid: [
    {
      name: 'a dial plan scoped to a gateway',
      doc: routedDoc((d) => d.dialPlans.push(dialPlan({ scope: { kind: 'pool', poolId: 'gw1' } }))),
      reports: [{ targets: ['dp1', 'gw1'], messageId: 'default', params: { id: 'dp1' } }],
    },
    {
      name: 'a dial plan scoped to a Director',
      doc: routedDoc((d) => {
        d.nodes.push({ id: 'dir1', kind: 'director', siteId: 'hq', fqdn: 'dir.contoso.com', servers: ['dir01.contoso.com'] });
        d.dialPlans.push(dialPlan({ scope: { kind: 'pool', poolId: 'dir1' } }));
      }),
      reports: [{ targets: ['dp1', 'dir1'], messageId: 'default' }],
    },
  ],
});
