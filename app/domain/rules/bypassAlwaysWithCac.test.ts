import type { Settings } from '../model.ts';
import { validDoc, withChange } from '../testing/build.ts';
import { bypassAlwaysWithCac } from './bypassAlwaysWithCac.ts';
import { ruleTester } from './ruleTester.ts';
import { mnDesign } from './trunkFixtures.ts';

function withSettings(settings: Settings) {
  return withChange((d) => {
    d.settings = settings;
  });
}

ruleTester(bypassAlwaysWithCac, {
  valid: [
    { name: 'defaults', doc: validDoc() },
    { name: 'M:N design: site and region information with CAC', doc: mnDesign() },
    { name: 'always bypass without CAC', doc: withSettings({ mediaBypass: 'alwaysBypass', callAdmissionControl: false }) },
    { name: 'bypass disabled with CAC', doc: withSettings({ mediaBypass: 'disabled', callAdmissionControl: true }) },
  ],
  invalid: [
    {
      name: 'always bypass with CAC',
      doc: withSettings({ mediaBypass: 'alwaysBypass', callAdmissionControl: true }),
      reports: [{ targets: [], messageId: 'default' }],
    },
  ],
});
