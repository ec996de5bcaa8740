import { route, routedDoc, trunkConfiguration, voicePolicy } from '../testing/routing.ts';
import { validDoc } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { routeUnreachable } from './routeUnreachable.ts';

const withIntl = (change: Parameters<typeof routedDoc>[0] = () => {}) =>
  routedDoc((d) => {
    d.pstnUsages.push('Intl');
    d.voiceRoutes.push(route({ id: 'r2', name: 'International', pstnUsages: ['Intl'] }));
    change(d);
  });

ruleTester(routeUnreachable, {
  valid: [
    { name: 'no routing modelled', doc: validDoc() },
    { name: 'a usage reached by a tag policy', doc: withIntl((d) => d.voicePolicies.push(voicePolicy({ pstnUsages: ['intl'] }))) },
    { name: 'a usage reached by a custom simultaneous-ring list', doc: withIntl((d) => d.voicePolicies.push(voicePolicy({ pstnUsages: [], callForwardingSimulRingUsageType: 'customUsage', customCallForwardingSimulRingUsages: ['Intl'] }))) },
    { name: 'a usage reached by a trunk configuration', doc: withIntl((d) => d.trunkConfigurations.push(trunkConfiguration({ pstnUsages: ['Intl'] }))) },
    { name: 'a route without usages is ROUTE_NO_USAGE\'s', doc: routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'x', pstnUsages: [] }))) },
  ],
  invalid: [
    { name: 'a usage no policy names', doc: withIntl(), reports: [{ targets: ['r2'], messageId: 'default', params: { name: 'International' } }] },
    {
      name: 'a custom list that is not in use does not count',
      doc: withIntl((d) => d.voicePolicies.push(voicePolicy({ pstnUsages: [], customCallForwardingSimulRingUsages: ['Intl'] }))),
      reports: [{ targets: ['r2'], messageId: 'default' }],
    },
  ],
});
