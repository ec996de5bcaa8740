import { dialPlan, routedDoc } from '../testing/routing.ts';
import { ruleTester } from './ruleTester.ts';
import { translationGroupMissing } from './translationGroupMissing.ts';

const plan = (pattern: string, translation: string) => dialPlan({ normalizationRules: [{ name: 'n', pattern, translation, isInternalExtension: false }] });

ruleTester(translationGroupMissing, {
  valid: [
    { name: 'the routed document (Keep All uses $1 of one group)', doc: routedDoc() },
    { name: '$$2 is a literal dollar', doc: routedDoc((d) => d.dialPlans.push(plan('^(\\d)$', '$$2'))) },
    { name: 'an invalid pattern is not judged', doc: routedDoc((d) => d.dialPlans.push(plan('^(\\d$', '$3'))) },
  ],
  invalid: [
    {
      name: '$2 with one group',
      doc: routedDoc((d) => d.dialPlans.push(plan('^(\\d{4})$', '+1425$2'))),
      reports: [{ targets: ['dp1'], messageId: 'default', params: { group: 2, count: 1 } }],
    },
    {
      name: '$1 with no group',
      doc: routedDoc((d) => d.dialPlans.push(plan('^\\d{4}$', '+$1'))),
      reports: [{ targets: ['dp1'], messageId: 'default', params: { group: 1, count: 0 } }],
    },
  ],
});
