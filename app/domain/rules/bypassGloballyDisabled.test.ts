import { setTrunkMedia } from '../edit.ts';
import { validDoc, withChange } from '../testing/build.ts';
import { bypassGloballyDisabled } from './bypassGloballyDisabled.ts';
import { ruleTester } from './ruleTester.ts';
import { mnDesign } from './trunkFixtures.ts';

const bypassed = setTrunkMedia(validDoc(), 't1', { mediaBypass: true });

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
      reports: [{ targets: ['tc-t1'], messageId: 'default' }],
    },
  ],
});
