import { route, routedDoc, trunkConfiguration, voicePolicy } from '../testing/routing.ts';
import { ruleTester } from './ruleTester.ts';
import { usageUndefined } from './usageUndefined.ts';

ruleTester(usageUndefined, {
  valid: [
    { name: 'the routed document', doc: routedDoc() },
    { name: 'usages compared case-insensitively', doc: routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'b', pstnUsages: ['LOCAL'] }))) },
  ],
  invalid: [
    {
      name: 'a route, a policy (custom list too) and a configuration naming unknown usages',
      doc: routedDoc((d) => {
        d.voiceRoutes.push(route({ id: 'r2', name: 'b', pstnUsages: ['Local', 'Intl', 'intl'] }));
        d.voicePolicies.push(voicePolicy({ pstnUsages: ['Local'], callForwardingSimulRingUsageType: 'customUsage', customCallForwardingSimulRingUsages: ['Sim'] }));
        d.trunkConfigurations.push(trunkConfiguration({ pstnUsages: ['Relay'] }));
      }),
      reports: [
        { targets: ['r2'], messageId: 'default', params: { usage: 'Intl' } },
        { targets: ['vp1'], messageId: 'default', params: { usage: 'Sim' } },
        { targets: ['tc1'], messageId: 'default', params: { usage: 'Relay' } },
      ],
    },
  ],
});
