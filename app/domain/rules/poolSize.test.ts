import { doc, frontEnd, mediationPool, validDoc } from '../testing/build.ts';
import { poolSize } from './poolSize.ts';
import { ruleTester } from './ruleTester.ts';

const servers = (count: number) => Array.from({ length: count }, (_, i) => `fe${i + 1}.contoso.com`);

ruleTester(poolSize, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    { name: 'an Enterprise pool of 12 servers', doc: doc({ nodes: [frontEnd({ servers: servers(12) })] }) },
    { name: 'an Enterprise pool of 1 server', doc: doc({ nodes: [frontEnd({ servers: servers(1) })] }) },
    { name: 'a Standard Edition pool of 1 server', doc: doc({ nodes: [frontEnd({ edition: 'standard', servers: servers(1) })] }) },
    { name: 'a Mediation pool of 13 servers (edition limits are for Front End pools)', doc: doc({ nodes: [mediationPool({ servers: servers(13) })] }) },
  ],
  invalid: [
    {
      name: 'an Enterprise pool of 13 servers',
      doc: doc({ nodes: [frontEnd({ servers: servers(13) })] }),
      reports: [{ targets: ['fe1'], messageId: 'enterprise' }],
    },
    {
      name: 'a Standard Edition pool of 2 servers',
      doc: doc({ nodes: [frontEnd({ edition: 'standard', servers: servers(2) })] }),
      reports: [{ targets: ['fe1'], messageId: 'standard' }],
    },
    {
      name: 'a Standard Edition pool of no servers',
      doc: doc({ nodes: [frontEnd({ edition: 'standard', servers: [] })] }),
      reports: [{ targets: ['fe1'], messageId: 'standard' }],
    },
  ],
});
