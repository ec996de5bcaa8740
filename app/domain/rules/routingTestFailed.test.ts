import { routedDoc, routingTest } from '../testing/routing.ts';
import { term } from '../diagnostic.ts';
import { ruleTester } from './ruleTester.ts';
import { routingTestFailed } from './routingTestFailed.ts';

ruleTester(routingTestFailed, {
  valid: [
    { name: 'a test whose expectations hold', doc: routedDoc((d) => d.routingTests.push(routingTest({ expect: { translation: '+14255550100', usage: 'local', routeId: 'r1' } }))) },
    { name: 'a test expecting no route for a short number', doc: routedDoc((d) => d.routingTests.push(routingTest({ dialedNumber: '911', expect: { usage: null, routeId: null } }))) },
  ],
  invalid: [
    {
      name: 'a test expecting another route and number',
      doc: routedDoc((d) => d.routingTests.push(routingTest({ expect: { translation: '+1', routeId: 'gone' } }))),
      reports: [{
        targets: ['rt1'], messageId: 'default',
        params: { name: 'Local call', failures: { list: [
          term('expect.translation', { expected: '+1', actual: '+14255550100' }),
          term('expect.routeId', { expected: 'gone', actual: 'r1' }),
        ] } },
      }],
    },
    {
      name: 'a test that expects a route where none matches',
      doc: routedDoc((d) => d.routingTests.push(routingTest({ dialedNumber: '911', expect: { routeId: 'r1' } }))),
      reports: [{ targets: ['rt1'], messageId: 'default', params: { failures: { list: [term('expect.routeId', { expected: 'r1', actual: term('routing.noRoute') })] } } }],
    },
  ],
});
