import { route, routedDoc } from '../testing/routing.ts';
import { ruleTester } from './ruleTester.ts';
import { callerIdAlternate } from './callerIdAlternate.ts';

const withRoute = (suppressCallerId: boolean, alternateCallerId: string | null) =>
  routedDoc((d) => d.voiceRoutes.push(route({ id: 'r2', name: 'Masked', suppressCallerId, alternateCallerId })));

ruleTester(callerIdAlternate, {
  valid: [
    { name: 'no suppression, no alternate', doc: withRoute(false, null) },
    { name: 'suppressed with +E.164', doc: withRoute(true, '+14255550100') },
    { name: 'suppressed with an extension', doc: withRoute(true, '4255550100;ext=12') },
  ],
  invalid: [
    { name: 'suppressed without alternate', doc: withRoute(true, null), reports: [{ targets: ['r2'], messageId: 'missing', params: { name: 'Masked' } }] },
    { name: 'a leading zero', doc: withRoute(true, '+0425'), reports: [{ targets: ['r2'], messageId: 'invalid', params: { callerId: '+0425' } }] },
    { name: 'an invalid alternate without suppression', doc: withRoute(false, 'abc'), reports: [{ targets: ['r2'], messageId: 'invalid' }] },
    { name: 'an empty alternate', doc: withRoute(true, ''), reports: [{ targets: ['r2'], messageId: 'invalid' }] },
  ],
});
