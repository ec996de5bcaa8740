import { branchSite, centralSite, doc, frontEnd, mediationPool, peer, validDoc } from '../testing/build.ts';
import { branchSiteRole } from './branchSiteRole.ts';
import { ruleTester } from './ruleTester.ts';

const sites = [centralSite(), branchSite('paris', 'hq', 'Paris')];

ruleTester(branchSiteRole, {
  valid: [
    { name: 'the valid document', doc: validDoc() },
    {
      name: 'a gateway, an IP-PBX and a Mediation pool in a branch',
      doc: doc({
        sites,
        nodes: [
          frontEnd(),
          mediationPool({ siteId: 'paris' }),
          peer({ siteId: 'paris' }),
          peer({ id: 'pbx1', kind: 'ipPbx', siteId: 'paris', address: 'pbx.contoso.com' }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a Front End pool and a Director in a branch',
      doc: doc({
        sites,
        nodes: [
          frontEnd({ siteId: 'paris' }),
          { id: 'dir1', kind: 'director', siteId: 'paris', fqdn: 'dir.contoso.com', servers: ['dir01.contoso.com'] },
        ],
      }),
      reports: [
        { targets: ['fe1', 'paris'], messageId: 'default' },
        { targets: ['dir1', 'paris'], messageId: 'default' },
      ],
    },
  ],
});
