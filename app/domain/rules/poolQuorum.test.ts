import { doc, frontEnd, mediationPool, validDoc } from '../testing/build.ts';
import { poolQuorum } from './poolQuorum.ts';
import { ruleTester } from './ruleTester.ts';

const two = ['fe01.contoso.com', 'fe02.contoso.com'];

ruleTester(poolQuorum, {
  valid: [
    { name: 'an Enterprise pool of 3 servers', doc: validDoc() },
    { name: 'an Enterprise pool of 1 server', doc: doc({ nodes: [frontEnd({ servers: ['fe01.contoso.com'] })] }) },
    { name: 'a Standard Edition pool of 2 servers (POOL_SIZE, not this rule)', doc: doc({ nodes: [frontEnd({ edition: 'standard', servers: two })] }) },
    { name: 'a Mediation pool of 2 servers', doc: doc({ nodes: [mediationPool({ servers: two })] }) },
  ],
  invalid: [
    {
      name: 'an Enterprise pool of exactly 2 servers',
      doc: doc({ nodes: [frontEnd({ servers: two, label: 'Main pool' })] }),
      reports: [{ targets: ['fe1'], messageId: 'default' }],
    },
  ],
});
