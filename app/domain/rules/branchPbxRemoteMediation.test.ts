import { branchSite, centralSite, doc, frontEnd, mediationPool, peer, trunk, validDoc } from '../testing/build.ts';
import { branchPbxRemoteMediation } from './branchPbxRemoteMediation.ts';
import { ruleTester } from './ruleTester.ts';
import { director, mnDesign } from './trunkFixtures.ts';

const sites = [centralSite(), branchSite('paris', 'hq', 'Paris')];
const branchPbx = peer({ id: 'pbx1', kind: 'ipPbx', address: 'pbx.paris.contoso.com', siteId: 'paris' });

ruleTester(branchPbxRemoteMediation, {
  valid: [
    { name: 'central gateway', doc: validDoc() },
    { name: 'M:N design', doc: mnDesign() },
    {
      name: 'branch IP-PBX served from a Mediation pool in the branch',
      doc: doc({ sites, nodes: [frontEnd(), mediationPool({ siteId: 'paris' }), branchPbx], trunks: [trunk({ mediationId: 'med1', peerId: 'pbx1' })] }),
    },
    {
      name: 'branch gateway served from the centre',
      doc: doc({ sites, nodes: [frontEnd(), peer({ siteId: 'paris' })], trunks: [trunk()] }),
    },
    {
      name: 'central IP-PBX served from a branch Mediation pool',
      doc: doc({
        sites,
        nodes: [frontEnd(), mediationPool({ siteId: 'paris' }), { ...branchPbx, siteId: 'hq' }],
        trunks: [trunk({ mediationId: 'med1', peerId: 'pbx1' })],
      }),
    },
    {
      name: 'branch IP-PBX with a trunk from a Director (TRUNK_MEDIATION_KIND reports it)',
      doc: doc({ sites, nodes: [director(), branchPbx], trunks: [trunk({ mediationId: 'dir1', peerId: 'pbx1' })] }),
    },
  ],
  invalid: [
    {
      name: 'branch IP-PBX served from central collocated Mediation',
      doc: doc({ sites, nodes: [frontEnd(), branchPbx], trunks: [trunk({ peerId: 'pbx1' })] }),
      reports: [
        {
          targets: ['t1', 'pbx1'],
          messageId: 'default',
        },
      ],
    },
    {
      name: 'only the trunk from the other site',
      doc: doc({
        sites,
        nodes: [frontEnd(), mediationPool({ siteId: 'paris' }), branchPbx],
        trunks: [
          trunk({ id: 't1', name: 'a', mediationId: 'med1', peerId: 'pbx1' }),
          trunk({ id: 't2', name: 'b', peerId: 'pbx1', root: false, peerPort: 5068 }),
        ],
      }),
      reports: [{ targets: ['t2', 'pbx1'], messageId: 'default' }],
    },
  ],
});
