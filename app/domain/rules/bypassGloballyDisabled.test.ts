import { trunk, validDoc, withChange } from '../testing/build.ts';
import { bypassGloballyDisabled } from './bypassGloballyDisabled.ts';
import { ruleTester } from './ruleTester.ts';
import { mnDesign } from './trunkFixtures.ts';

const bypassed = withChange((d) => {
  d.trunks[0] = trunk({ mediaBypass: true });
});

ruleTester(bypassGloballyDisabled, {
  valid: [
    { name: 'no bypass, disabled globally', doc: validDoc() },
    { name: 'M:N design: bypass with site and region information', doc: mnDesign() },
    {
      name: 'bypass with "Always bypass"',
      doc: withChange((d) => {
        d.settings.mediaBypass = 'alwaysBypass';
      }, bypassed),
    },
  ],
  invalid: [
    {
      name: 'bypass on a trunk, disabled globally',
      doc: bypassed,
      reports: [{ targets: ['t1'], messageId: 'default' }],
    },
  ],
});
