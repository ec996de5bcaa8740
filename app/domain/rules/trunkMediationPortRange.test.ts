import { describe, expect, it } from 'vitest';
import type { MediationConfig } from '../model.ts';
import { doc, frontEnd, mediationPool, peer, trunk, validDoc, withChange } from '../testing/build.ts';
import { validate } from './index.ts';
import { ruleTester } from './ruleTester.ts';
import { director, mnDesign } from './trunkFixtures.ts';
import { trunkMediationPortRange } from './trunkMediationPortRange.ts';
import { trunkTcpDisabled } from './trunkTcpDisabled.ts';

const ranges: MediationConfig = { tlsPortRange: [5067, 5069], tcpPortRange: [5070, 5072], sipServerPort: 5080 };
const nodes = [frontEnd(), mediationPool({ mediation: ranges }), peer()];

/** A document with one trunk from the Mediation pool with the ranges above. */
function oneTrunk(transport: 'TLS' | 'TCP', mediationPort: number) {
  return doc({ nodes, trunks: [trunk({ mediationId: 'med1', transport, mediationPort })] });
}

const tcpFromDisabled = withChange((d) => {
  d.trunks[0] = trunk({ transport: 'TCP', mediationPort: 5068, peerPort: 5066 });
});

ruleTester(trunkMediationPortRange, {
  valid: [
    { name: 'TLS trunk on the single TLS port', doc: validDoc() },
    { name: 'M:N design', doc: mnDesign() },
    { name: 'TLS at the low end of its range', doc: oneTrunk('TLS', 5067) },
    { name: 'TLS at the high end of its range', doc: oneTrunk('TLS', 5069) },
    { name: 'TCP at the low end of its range', doc: oneTrunk('TCP', 5070) },
    { name: 'TCP at the high end of its range', doc: oneTrunk('TCP', 5072) },
    { name: 'TCP trunk while TCP is disabled (TRUNK_TCP_DISABLED reports it)', doc: tcpFromDisabled },
    {
      name: 'trunk from a Director (TRUNK_MEDIATION_KIND reports it)',
      doc: doc({ nodes: [director(), peer()], trunks: [trunk({ mediationId: 'dir1', mediationPort: 1 })] }),
    },
  ],
  invalid: [
    {
      name: 'TLS just above its range',
      doc: oneTrunk('TLS', 5070),
      reports: [{ targets: ['t1', 'med1'], messageId: 'portRange' }],
    },
    {
      name: 'TLS just below its range',
      doc: oneTrunk('TLS', 5066),
      reports: [{ targets: ['t1', 'med1'], messageId: 'portRange' }],
    },
    {
      name: 'TCP port in the TLS range',
      doc: oneTrunk('TCP', 5067),
      reports: [{ targets: ['t1', 'med1'], messageId: 'portRange' }],
    },
    {
      name: 'TLS port off the single collocated port',
      doc: withChange((d) => {
        d.trunks[0] = trunk({ mediationPort: 5068 });
      }),
      reports: [{ targets: ['t1', 'fe1'], messageId: 'onePort' }],
    },
  ],
});

describe('TCP trunk while TCP is disabled', () => {
  it('is reported by TRUNK_TCP_DISABLED only', () => {
    const found = validate(tcpFromDisabled, [trunkTcpDisabled, trunkMediationPortRange]);
    expect(found.map((d) => d.rule)).toEqual(['TRUNK_TCP_DISABLED']);
  });
});
