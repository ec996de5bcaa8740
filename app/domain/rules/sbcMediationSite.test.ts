import { branchSite, centralSite, doc, frontEnd, mediationPool, peer, trunk, validDoc } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { sbcMediationSite } from './sbcMediationSite.ts';
import { director, mnDesign } from './trunkFixtures.ts';

const sites = [centralSite(), branchSite('paris', 'hq', 'Paris')];
const sbc = peer({ id: 'sbc1', kind: 'sbc', address: 'sbc.example.net', siteId: 'paris' });

ruleTester(sbcMediationSite, {
  valid: [
    { name: 'no SBC', doc: validDoc() },
    { name: 'M:N design', doc: mnDesign() },
    {
      name: 'SBC served from a Mediation pool in its own site',
      doc: doc({ sites, nodes: [frontEnd(), mediationPool({ siteId: 'paris' }), sbc], trunks: [trunk({ mediationId: 'med1', peerId: 'sbc1' })] }),
    },
    {
      name: 'gateway in a branch served from the centre',
      doc: doc({ sites, nodes: [frontEnd(), peer({ siteId: 'paris' })], trunks: [trunk()] }),
    },
    {
      name: 'SBC in another site than a Director or a Front End pool without Mediation (TRUNK_MEDIATION_KIND reports them)',
      doc: doc({
        sites,
        nodes: [frontEnd({ mediation: null }), director(), sbc],
        trunks: [trunk({ id: 't1', name: 'a', peerId: 'sbc1' }), trunk({ id: 't2', name: 'b', mediationId: 'dir1', peerId: 'sbc1', root: false, peerPort: 5068 })],
      }),
    },
  ],
  invalid: [
    {
      name: 'SBC in a branch served from a central Mediation pool',
      doc: doc({ sites, nodes: [frontEnd(), mediationPool(), sbc], trunks: [trunk({ mediationId: 'med1', peerId: 'sbc1' })] }),
      reports: [
        {
          targets: ['t1', 'sbc1', 'med1'],
          messageId: 'default',
        },
      ],
    },
    {
      name: 'SBC in the centre served from collocated Mediation in a branch',
      doc: doc({
        sites,
        nodes: [frontEnd({ siteId: 'paris' }), { ...sbc, siteId: 'hq' }],
        trunks: [trunk({ peerId: 'sbc1' })],
      }),
      reports: [{ targets: ['t1', 'sbc1', 'fe1'], messageId: 'default' }],
    },
  ],
});
