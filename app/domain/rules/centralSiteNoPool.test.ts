import { branchSite, centralSite, doc, frontEnd, mediationPool, peer, validDoc } from '../testing/build.ts';
import { centralSiteNoPool } from './centralSiteNoPool.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(centralSiteNoPool, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    { name: 'a Front End pool without Mediation still counts', doc: doc({ nodes: [frontEnd({ mediation: null })] }) },
    {
      name: 'a branch site without a Front End pool',
      doc: doc({ sites: [centralSite(), branchSite('paris')], nodes: [frontEnd(), peer({ siteId: 'paris' })] }),
    },
  ],
  invalid: [
    {
      name: 'a central site holding only a Mediation pool and a gateway',
      doc: doc({ nodes: [mediationPool(), peer()] }),
      reports: [{ targets: ['hq'], messageId: 'default' }],
    },
    {
      name: 'an empty central site',
      doc: doc({ sites: [centralSite(), centralSite('dub', 'Dublin')], nodes: [frontEnd()] }),
      reports: [{ targets: ['dub'], messageId: 'default' }],
    },
    {
      name: 'a Front End pool in a branch does not serve its central site',
      doc: doc({ sites: [centralSite(), branchSite('paris')], nodes: [frontEnd({ siteId: 'paris' })] }),
      reports: [{ targets: ['hq'], messageId: 'default' }],
    },
  ],
});
