import { dialPlan, route, routedDoc, trunkConfiguration } from '../testing/routing.ts';
import { term } from '../diagnostic.ts';
import { ruleTester } from './ruleTester.ts';
import { patternInvalid } from './patternInvalid.ts';

ruleTester(patternInvalid, {
  valid: [
    { name: 'the routed document', doc: routedDoc() },
    { name: 'an unsupported pattern is not invalid', doc: routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'b', numberPattern: '^(\\d)\\1$' }))) },
  ],
  invalid: [
    {
      name: 'a route pattern with an unclosed parenthesis',
      doc: routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'Broken', numberPattern: '^(\\+1' }))),
      reports: [{ targets: ['r2'], messageId: 'default', params: { pattern: '^(\\+1', where: term('routing.route', { name: 'Broken' }), reason: term('pattern.notEnoughParens') } }],
    },
    {
      name: 'a normalization pattern with a nested quantifier, and an outbound rule with an unterminated class',
      doc: routedDoc((d) => {
        d.dialPlans.push(dialPlan({ normalizationRules: [{ name: 'n', pattern: 'a++', translation: '', isInternalExtension: false }] }));
        d.trunkConfigurations.push(trunkConfiguration({ outboundTranslationRules: [{ name: 'o', pattern: '[0-9', translation: '' }] }));
      }),
      reports: [
        { targets: ['dp1'], messageId: 'default', params: { reason: term('pattern.nestedQuantifier') } },
        { targets: ['tc1'], messageId: 'default', params: { reason: term('pattern.unterminatedClass') } },
      ],
    },
  ],
});
