import type { Trunk } from '../model.ts';
import { trunk, validDoc, withChange } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { srtpRequiredOnTcp } from './srtpRequiredOnTcp.ts';
import { mnDesign } from './trunkFixtures.ts';

function withTrunk(overrides: Partial<Trunk>) {
  return withChange((d) => {
    d.trunks[0] = trunk(overrides);
  });
}

ruleTester(srtpRequiredOnTcp, {
  valid: [
    { name: 'TLS with SRTP required', doc: validDoc() },
    { name: 'M:N design', doc: mnDesign() },
    { name: 'TCP with SRTP optional', doc: withTrunk({ transport: 'TCP', srtpMode: 'optional' }) },
    { name: 'TCP with SRTP not supported', doc: withTrunk({ transport: 'TCP', srtpMode: 'notSupported' }) },
  ],
  invalid: [
    {
      name: 'TCP with SRTP required',
      doc: withTrunk({ transport: 'TCP' }),
      reports: [{ targets: ['t1'], messageId: 'default' }],
    },
  ],
});
