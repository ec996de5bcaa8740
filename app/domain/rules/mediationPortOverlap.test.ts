import type { MediationConfig } from '../model.ts';
import { doc, frontEnd, mediationPool, validDoc } from '../testing/build.ts';
import { mediationPortOverlap } from './mediationPortOverlap.ts';
import { ruleTester } from './ruleTester.ts';

const mediation = (overrides: Partial<MediationConfig>): MediationConfig => ({
  tlsPortRange: [5067, 5067],
  tcpPortRange: null,
  sipServerPort: 5070,
  ...overrides,
});

ruleTester(mediationPortOverlap, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    {
      name: 'adjacent ranges and the SIP server port just past them',
      doc: doc({ nodes: [mediationPool({ mediation: mediation({ tlsPortRange: [5060, 5067], tcpPortRange: [5068, 5069], sipServerPort: 5070 }) })] }),
    },
    {
      name: 'TCP disabled, SIP server port outside TLS',
      doc: doc({ nodes: [frontEnd({ mediation: mediation({ tlsPortRange: [5067, 5069], sipServerPort: 5066 }) })] }),
    },
    {
      name: 'a Front End pool without Mediation',
      doc: doc({ nodes: [frontEnd({ mediation: null })] }),
    },
    {
      name: 'a backwards range holds no port (PORT_INVALID reports it)',
      doc: doc({ nodes: [mediationPool({ mediation: mediation({ tlsPortRange: [5080, 5060], tcpPortRange: [5070, 5070], sipServerPort: 5071 }) })] }),
    },
  ],
  invalid: [
    {
      name: 'TLS and TCP ranges share a port',
      doc: doc({ nodes: [mediationPool({ mediation: mediation({ tlsPortRange: [5067, 5068], tcpPortRange: [5068, 5069] }) })] }),
      reports: [
        {
          targets: ['med1'],
          messageId: 'default',
        },
      ],
    },
    {
      name: 'SIP server port inside the TLS range, on a collocated Front End pool',
      doc: doc({ nodes: [frontEnd({ mediation: mediation({ sipServerPort: 5067 }) })] }),
      reports: [{ targets: ['fe1'], messageId: 'default' }],
    },
    {
      name: 'SIP server port at the end of the TCP range',
      doc: doc({ nodes: [mediationPool({ mediation: mediation({ tcpPortRange: [5068, 5070] }) })] }),
      reports: [{ targets: ['med1'], messageId: 'default' }],
    },
    {
      name: 'every listener on one port, reported once',
      doc: doc({ nodes: [mediationPool({ mediation: mediation({ tlsPortRange: [5067, 5067], tcpPortRange: [5067, 5067], sipServerPort: 5067 }) })] }),
      reports: [{ targets: ['med1'], messageId: 'default' }],
    },
  ],
});
