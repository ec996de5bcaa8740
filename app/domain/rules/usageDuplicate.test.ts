import { routedDoc } from '../testing/routing.ts';
import { ruleTester } from './ruleTester.ts';
import { usageDuplicate } from './usageDuplicate.ts';

ruleTester(usageDuplicate, {
  valid: [{ name: 'distinct usages', doc: routedDoc((d) => d.pstnUsages.push('LongDistance')) }],
  invalid: [
    {
      name: 'a usage twice, differing in case',
      doc: routedDoc((d) => d.pstnUsages.push('LOCAL')),
      reports: [{ targets: [], messageId: 'default', params: { usage: 'LOCAL' } }],
    },
  ],
});
