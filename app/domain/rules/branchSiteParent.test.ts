import { branchSite, centralSite, doc, validDoc } from '../testing/build.ts';
import { branchSiteParent } from './branchSiteParent.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(branchSiteParent, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    { name: 'branch sites under central sites', doc: doc({ sites: [centralSite(), branchSite('paris', 'hq', 'Paris'), branchSite('lyon')] }) },
  ],
  invalid: [
    {
      name: 'a branch under a branch',
      doc: doc({ sites: [centralSite(), branchSite('paris', 'hq', 'Paris'), branchSite('lyon', 'paris', 'Lyon')] }),
      reports: [{ targets: ['lyon'], messageId: 'branch' }],
    },
    {
      name: 'a branch naming itself',
      doc: doc({ sites: [centralSite(), branchSite('paris', 'paris', 'Paris')] }),
      reports: [{ targets: ['paris'], messageId: 'self' }],
    },
  ],
});
