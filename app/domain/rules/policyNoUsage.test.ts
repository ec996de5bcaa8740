import { routedDoc, voicePolicy } from '../testing/routing.ts';
import { term } from '../diagnostic.ts';
import { validDoc } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { policyNoUsage } from './policyNoUsage.ts';

ruleTester(policyNoUsage, {
  valid: [
    { name: 'no routing modelled (the global policy has no usage)', doc: validDoc() },
    { name: 'the routed document', doc: routedDoc() },
  ],
  invalid: [
    {
      name: 'a tag policy with only custom simultaneous-ring usages',
      doc: routedDoc((d) => d.voicePolicies.push(voicePolicy({ pstnUsages: [], callForwardingSimulRingUsageType: 'customUsage', customCallForwardingSimulRingUsages: ['Local'] }))),
      reports: [{ targets: ['vp1'], messageId: 'default', params: { policy: term('routing.voicePolicy', { scope: 'tag:Sales' }) } }],
    },
  ],
});
