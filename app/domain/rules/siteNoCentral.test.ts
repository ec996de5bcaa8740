import { branchSite, centralSite, doc, peer, validDoc } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { siteNoCentral } from './siteNoCentral.ts';

ruleTester(siteNoCentral, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    { name: 'an empty document: no sites, no nodes', doc: doc({ sites: [] }) },
    { name: 'branch sites only, but no nodes yet', doc: doc({ sites: [{ ...centralSite('a'), kind: 'branch', centralSiteId: 'a' }] }) },
    {
      name: 'one central site among branches',
      doc: doc({ sites: [branchSite('paris'), centralSite()], nodes: [peer({ siteId: 'paris' })] }),
    },
  ],
  invalid: [
    {
      name: 'nodes in branch sites only',
      doc: doc({ sites: [branchSite('paris', 'lyon'), branchSite('lyon', 'paris')], nodes: [peer({ siteId: 'paris' })] }),
      reports: [{ targets: [], messageId: 'default' }],
    },
  ],
});
