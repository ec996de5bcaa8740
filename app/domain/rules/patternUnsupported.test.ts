import { route, routedDoc } from '../testing/routing.ts';
import { term } from '../diagnostic.ts';
import { ruleTester } from './ruleTester.ts';
import { patternUnsupported } from './patternUnsupported.ts';

ruleTester(patternUnsupported, {
  valid: [
    { name: 'the routed document', doc: routedDoc() },
    { name: 'an invalid pattern is PATTERN_INVALID\'s', doc: routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'b', numberPattern: '(' }))) },
  ],
  invalid: [
    {
      name: 'a lookahead and a count over 1,000',
      doc: routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'b', numberPattern: '^(?!911)\\d+$' }), route({ id: 'r3', name: 'c', numberPattern: '^\\d{2000}$' }))),
      reports: [
        { targets: ['r2'], messageId: 'default', params: { feature: term('feature.lookaround') } },
        { targets: ['r3'], messageId: 'default', params: { feature: term('feature.engineLimit') } },
      ],
    },
  ],
});
