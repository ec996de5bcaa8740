import { routedDoc } from '../testing/routing.ts';
import { ruleTester } from './ruleTester.ts';
import { usageUnused } from './usageUnused.ts';

ruleTester(usageUnused, {
  valid: [{ name: 'the routed document', doc: routedDoc() }],
  invalid: [
    {
      name: 'a usage no route names',
      doc: routedDoc((d) => d.pstnUsages.push('Spare')),
      reports: [{ targets: [], messageId: 'default', params: { usage: 'Spare' } }],
    },
  ],
});
