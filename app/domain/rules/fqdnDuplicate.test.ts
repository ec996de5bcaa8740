import { doc, frontEnd, mediationPool, peer, validDoc } from '../testing/build.ts';
import { fqdnDuplicate } from './fqdnDuplicate.ts';
import { ruleTester } from './ruleTester.ts';

const standard = (overrides = {}) =>
  frontEnd({ id: 'se1', edition: 'standard', fqdn: 'se01.contoso.com', servers: ['se01.contoso.com'], ...overrides });

ruleTester(fqdnDuplicate, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    { name: 'a Standard Edition server equal to its own FQDN', doc: doc({ nodes: [standard()] }) },
    { name: 'the Standard Edition exception ignores case', doc: doc({ nodes: [standard({ servers: ['SE01.contoso.com'] })] }) },
    {
      name: 'similar but different names',
      doc: doc({
        nodes: [frontEnd(), mediationPool({ servers: ['med01.contoso.com', 'fe01.contoso.net'] }), peer({ address: 'pool01.contoso.co' })],
      }),
    },
    {
      name: 'empty names are left to FQDN_INVALID',
      doc: doc({ nodes: [frontEnd({ fqdn: '' }), mediationPool({ fqdn: '' }), peer({ address: '' })] }),
    },
  ],
  invalid: [
    {
      name: 'a Mediation pool reusing a Front End server name, case-insensitively',
      doc: doc({ nodes: [frontEnd(), mediationPool({ servers: ['FE02.Contoso.com'] })] }),
      reports: [
        {
          targets: ['med1', 'fe1'],
          messageId: 'clash',
        },
      ],
    },
    {
      name: 'two gateways with one IP address',
      doc: doc({ nodes: [peer({ address: '10.0.0.5' }), peer({ id: 'gw2', address: '10.0.0.5' })] }),
      reports: [{ targets: ['gw2', 'gw1'], messageId: 'clash' }],
    },
    {
      name: 'a peer address equal to a pool FQDN',
      doc: doc({ nodes: [peer({ address: 'pool01.contoso.com' }), frontEnd()] }),
      reports: [{ targets: ['fe1', 'gw1'], messageId: 'clash' }],
    },
    {
      name: 'one report per earlier node, naming every shared name',
      doc: doc({
        nodes: [
          frontEnd(),
          peer({ address: 'x.contoso.com' }),
          mediationPool({ fqdn: 'pool01.contoso.com', servers: ['fe01.contoso.com', 'x.contoso.com'] }),
        ],
      }),
      reports: [
        { targets: ['med1', 'fe1'], messageId: 'clash' },
        { targets: ['med1', 'gw1'], messageId: 'clash' },
      ],
    },
    {
      name: 'three nodes sharing a name: each later one against the first',
      doc: doc({
        nodes: [peer({ address: 'a.contoso.com' }), peer({ id: 'gw2', address: 'a.contoso.com' }), peer({ id: 'gw3', address: 'A.contoso.com' })],
      }),
      reports: [{ targets: ['gw2', 'gw1'], messageId: 'clash' }, { targets: ['gw3', 'gw1'], messageId: 'clash' }],
    },
    {
      name: 'a Standard Edition server name used by another node',
      doc: doc({ nodes: [standard(), mediationPool({ servers: ['se01.contoso.com'] })] }),
      reports: [{ targets: ['med1', 'se1'], messageId: 'clash' }],
    },
    {
      name: 'a server listed twice in one pool',
      doc: doc({ nodes: [frontEnd({ servers: ['fe01.contoso.com', 'FE01.contoso.com', 'fe02.contoso.com'] })] }),
      reports: [{ targets: ['fe1'], messageId: 'repeat' }],
    },
    {
      name: 'an Enterprise pool whose FQDN is also a server name (no Standard Edition exception)',
      doc: doc({ nodes: [frontEnd({ servers: ['pool01.contoso.com', 'fe02.contoso.com'] })] }),
      reports: [{ targets: ['fe1'], messageId: 'repeat' }],
    },
    {
      name: 'a Standard Edition pool listing its FQDN twice: the exception covers one entry only',
      doc: doc({ nodes: [standard({ servers: ['se01.contoso.com', 'se01.contoso.com'] })] }),
      reports: [{ targets: ['se1'], messageId: 'repeat' }],
    },
    {
      name: 'a Mediation pool whose server equals its own FQDN (the exception is for Standard Edition only)',
      doc: doc({ nodes: [mediationPool({ servers: ['med.contoso.com'] })] }),
      reports: [{ targets: ['med1'], messageId: 'repeat' }],
    },
  ],
});
