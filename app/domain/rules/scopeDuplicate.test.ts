import { dialPlan, routedDoc, trunkConfiguration, voicePolicy } from '../testing/routing.ts';
import { validDoc } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { scopeDuplicate } from './scopeDuplicate.ts';

ruleTester(scopeDuplicate, {
  valid: [
    { name: 'the valid document (one global of each)', doc: validDoc() },
    { name: 'site, tag and trunk scopes beside the global ones', doc: routedDoc((d) => {
      d.trunkConfigurations.push(trunkConfiguration());
      d.voicePolicies.push(voicePolicy(), voicePolicy({ id: 'vp2', scope: { kind: 'tag', name: 'Support' } }));
      d.dialPlans.push(dialPlan());
    }) },
  ],
  invalid: [
    {
      name: 'two global trunk configurations',
      doc: routedDoc((d) => d.trunkConfigurations.push(trunkConfiguration({ id: 'tc2', scope: { kind: 'global' } }))),
      reports: [{ targets: ['tc2', 'tc-global'], messageId: 'trunkConfiguration', params: { scope: 'Global', id: 'tc2', first: 'tc-global' } }],
    },
    {
      name: 'two tag policies whose names differ only in case',
      doc: routedDoc((d) => d.voicePolicies.push(voicePolicy(), voicePolicy({ id: 'vp2', scope: { kind: 'tag', name: 'SALES' } }))),
      reports: [{ targets: ['vp2', 'vp1'], messageId: 'voicePolicy', params: { scope: 'tag:SALES' } }],
    },
    {
      name: 'three dial plans of one site: each later one against the first',
      doc: routedDoc((d) => d.dialPlans.push(dialPlan(), dialPlan({ id: 'dp2' }), dialPlan({ id: 'dp3' }))),
      reports: [
        { targets: ['dp2', 'dp1'], messageId: 'dialPlan', params: { scope: 'site:Redmond' } },
        { targets: ['dp3', 'dp1'], messageId: 'dialPlan' },
      ],
    },
  ],
});
