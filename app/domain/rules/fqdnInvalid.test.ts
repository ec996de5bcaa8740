import { doc, frontEnd, mediationPool, peer, validDoc, withChange } from '../testing/build.ts';
import { fqdnInvalid } from './fqdnInvalid.ts';
import { ruleTester } from './ruleTester.ts';

const director = { id: 'dir1', kind: 'director' as const, siteId: 'hq', fqdn: 'dir.contoso.com', servers: ['dir01.contoso.com'] };

ruleTester(fqdnInvalid, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    {
      name: 'names with hyphens, digits, upper case and 63-character labels',
      doc: doc({
        nodes: [
          frontEnd({ fqdn: 'POOL-01.Contoso.com', servers: [`${'a'.repeat(63)}.contoso.com`, '1fe.contoso.com'] }),
          mediationPool({ fqdn: 'med-a.b.c.contoso.com', servers: ['m1.x1'] }),
          director,
        ],
      }),
    },
    {
      name: 'a name of exactly 253 characters',
      doc: withChange((d) => {
        d.nodes[0] = frontEnd({ fqdn: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}` });
      }),
    },
    {
      name: 'a peer with an invalid address (ADDRESS_INVALID, not this rule)',
      doc: withChange((d) => {
        d.nodes[1] = peer({ address: 'gw_01' });
      }),
    },
  ],
  invalid: [
    {
      name: 'a single-label pool FQDN',
      doc: withChange((d) => {
        d.nodes[0] = frontEnd({ fqdn: 'pool01' });
      }),
      reports: [{ targets: ['fe1'], messageId: 'default' }],
    },
    {
      name: 'a server name with an underscore',
      doc: withChange((d) => {
        d.nodes[0] = frontEnd({ servers: ['fe01.contoso.com', 'fe_02.contoso.com'] });
      }),
      reports: [{ targets: ['fe1'], messageId: 'default' }],
    },
    {
      name: 'several bad names on one node are reported once, each name once',
      doc: doc({
        nodes: [mediationPool({ fqdn: '-med.contoso.com', servers: ['med01.contoso.com.', 'x', 'x'] })],
      }),
      reports: [{ targets: ['med1'], messageId: 'default' }],
    },
    {
      name: 'a label of 64 characters',
      doc: withChange((d) => {
        d.nodes[0] = frontEnd({ fqdn: `${'a'.repeat(64)}.contoso.com` });
      }),
      reports: [{ targets: ['fe1'], messageId: 'default' }],
    },
    {
      name: 'a name of 254 characters',
      doc: withChange((d) => {
        d.nodes[0] = frontEnd({ fqdn: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}` });
      }),
      reports: [{ targets: ['fe1'], messageId: 'default' }],
    },
    {
      name: 'an IP address as a server name',
      doc: doc({ nodes: [director, frontEnd({ servers: ['10.0.0.5'] })] }),
      reports: [{ targets: ['fe1'], messageId: 'default' }],
    },
    {
      name: 'a mistyped IPv4 (all-numeric last label)',
      doc: doc({ nodes: [frontEnd({ servers: ['10.0.0.256'] })] }),
      reports: [{ targets: ['fe1'], messageId: 'default' }],
    },
    {
      name: 'a Director with an empty FQDN, named by label',
      doc: doc({ nodes: [{ ...director, fqdn: '', label: 'Edge director' }] }),
      reports: [{ targets: ['dir1'], messageId: 'default' }],
    },
    {
      name: 'a pool with an empty FQDN and no label, named by site',
      doc: doc({ nodes: [frontEnd({ fqdn: '' })] }),
      reports: [{ targets: ['fe1'], messageId: 'default' }],
    },
  ],
});
