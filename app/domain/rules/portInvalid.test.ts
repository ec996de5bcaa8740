import { doc, frontEnd, mediationPool, trunk, validDoc, withChange } from '../testing/build.ts';
import type { MediationConfig } from '../model.ts';
import { portInvalid } from './portInvalid.ts';
import { ruleTester } from './ruleTester.ts';

const mediation = (overrides: Partial<MediationConfig>): MediationConfig => ({
  tlsPortRange: [5067, 5067],
  tcpPortRange: null,
  sipServerPort: 5070,
  ...overrides,
});

ruleTester(portInvalid, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    {
      name: 'ports at both ends of 1–65535',
      doc: withChange((d) => {
        d.nodes[0] = frontEnd({ mediation: mediation({ tlsPortRange: [1, 65535], tcpPortRange: [1, 1], sipServerPort: 65535 }) });
        d.trunks[0] = trunk({ mediationPort: 1, peerPort: 65535 });
      }),
    },
    {
      name: 'a Front End pool without Mediation has no ports to check',
      doc: doc({ nodes: [frontEnd({ mediation: null })] }),
    },
  ],
  invalid: [
    {
      name: 'a TLS range starting at port 0',
      doc: doc({ nodes: [mediationPool({ mediation: mediation({ tlsPortRange: [0, 5067] }) })] }),
      reports: [{ targets: ['med1'], messageId: 'endpoint' }],
    },
    {
      name: 'a TCP range ending at 65536',
      doc: doc({ nodes: [mediationPool({ mediation: mediation({ tcpPortRange: [5068, 65536] }) })] }),
      reports: [{ targets: ['med1'], messageId: 'endpoint' }],
    },
    {
      name: 'a range running backwards',
      doc: doc({ nodes: [frontEnd({ mediation: mediation({ tlsPortRange: [5068, 5067] }) })] }),
      reports: [{ targets: ['fe1'], messageId: 'endpoint' }],
    },
    {
      name: 'several faults on one node are reported once',
      doc: doc({
        nodes: [mediationPool({ mediation: mediation({ tlsPortRange: [70000, -1], tcpPortRange: [0, 0], sipServerPort: 0 }) })],
      }),
      reports: [
        {
          targets: ['med1'],
          messageId: 'endpoint',
        },
      ],
    },
    {
      name: 'trunk ports out of range, the trunk reported once',
      doc: withChange((d) => {
        d.trunks[0] = trunk({ mediationPort: 0, peerPort: 65536 });
      }),
      reports: [{ targets: ['t1'], messageId: 'trunk' }],
    },
    {
      name: 'nodes first, then trunks, each in document order',
      doc: withChange((d) => {
        d.nodes[0] = frontEnd({ mediation: mediation({ sipServerPort: 65536 }) });
        d.trunks[0] = trunk({ peerPort: 0 });
      }),
      reports: [{ targets: ['fe1'], messageId: 'endpoint' }, { targets: ['t1'], messageId: 'trunk' }],
    },
  ],
});
