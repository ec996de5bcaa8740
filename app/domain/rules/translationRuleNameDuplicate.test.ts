import { dialPlan, routedDoc, trunkConfiguration } from '../testing/routing.ts';
import { ruleTester } from './ruleTester.ts';
import { translationRuleNameDuplicate } from './translationRuleNameDuplicate.ts';

const rule = (name: string) => ({ name, pattern: '^(\\d+)$', translation: '+$1', isInternalExtension: false });

ruleTester(translationRuleNameDuplicate, {
  valid: [
    { name: 'distinct names', doc: routedDoc((d) => d.dialPlans.push(dialPlan({ normalizationRules: [rule('a'), rule('b')] }))) },
    { name: 'the same name in two plans', doc: routedDoc((d) => d.dialPlans.push(dialPlan({ normalizationRules: [rule('a')] }), dialPlan({ id: 'dp2', scope: { kind: 'tag', name: 'x' }, normalizationRules: [rule('a')] }))) },
  ],
  invalid: [
    {
      name: 'two normalization rules named alike but for case',
      doc: routedDoc((d) => d.dialPlans.push(dialPlan({ normalizationRules: [rule('Keep'), rule('keep')] }))),
      reports: [{ targets: ['dp1'], messageId: 'dialPlan', params: { name: 'keep' } }],
    },
    {
      name: 'two outbound rules of one configuration',
      doc: routedDoc((d) => d.trunkConfigurations.push(trunkConfiguration({ outboundTranslationRules: [rule('x'), rule('x')] }))),
      reports: [{ targets: ['tc1'], messageId: 'trunkConfiguration', params: { name: 'x' } }],
    },
  ],
});
