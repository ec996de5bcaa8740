import { setTrunkMedia } from '../edit.ts';
import type { Trunk } from '../model.ts';
import { doc, frontEnd, mediationPool, peer, trunk, validDoc } from '../testing/build.ts';
import { mediationCapacity } from './mediationCapacity.ts';
import { ruleTester } from './ruleTester.ts';
import { director, mnDesign } from './trunkFixtures.ts';

const gateways = [peer({ id: 'gw1' }), peer({ id: 'gw2', address: 'gw02.contoso.com' })];
const oneServerFe = frontEnd({ servers: ['fe01.contoso.com'], edition: 'standard', fqdn: 'fe01.contoso.com' });
const twoServerMed = mediationPool({ servers: ['med01.contoso.com', 'med02.contoso.com'] });

/** Two trunks from one endpoint, one to each gateway. */
function twoTrunks(mediationId: string, a: Partial<Trunk>, b: Partial<Trunk>): Trunk[] {
  return [
    trunk({ id: 't1', name: 'a', mediationId, peerId: 'gw1', ...a }),
    trunk({ id: 't2', name: 'b', mediationId, peerId: 'gw2', ...b }),
  ];
}

ruleTester(mediationCapacity, {
  valid: [
    { name: 'no peak calls given', doc: validDoc() },
    { name: 'M:N design: 1,000 per server at most, bypassed calls excluded', doc: mnDesign() },
    {
      name: 'Front End server with collocated Mediation at exactly 150',
      doc: doc({ nodes: [oneServerFe, ...gateways], trunks: twoTrunks('fe1', { peakCalls: 100 }, { peakCalls: 50 }) }),
    },
    {
      name: 'three-server Front End pool at exactly 450 (150 per server)',
      doc: doc({ nodes: [frontEnd(), ...gateways], trunks: twoTrunks('fe1', { peakCalls: 400 }, { peakCalls: 50 }) }),
    },
    {
      name: 'Mediation pool of two servers at exactly 2,000 (1,000 per server)',
      doc: doc({ nodes: [frontEnd(), twoServerMed, ...gateways], trunks: twoTrunks('med1', { peakCalls: 1500 }, { peakCalls: 500 }) }),
    },
    {
      name: 'bypassed trunks are excluded',
      doc: setTrunkMedia(doc({ nodes: [oneServerFe, ...gateways], trunks: twoTrunks('fe1', { peakCalls: 150 }, { peakCalls: 5000 }) }), 't2', { mediaBypass: true }),
    },
    {
      name: 'calls on a Director or a Front End pool without Mediation (TRUNK_MEDIATION_KIND reports them)',
      doc: doc({
        nodes: [frontEnd({ mediation: null }), director(), ...gateways],
        trunks: twoTrunks('fe1', { peakCalls: 5000 }, { peakCalls: 5000, mediationId: 'dir1' }),
      }),
    },
  ],
  invalid: [
    {
      name: 'Front End server with collocated Mediation at 151',
      doc: doc({ nodes: [oneServerFe, ...gateways], trunks: twoTrunks('fe1', { peakCalls: 100 }, { peakCalls: 51 }) }),
      reports: [{ targets: ['fe1'], messageId: 'frontEndPool' }],
    },
    {
      name: 'three-server Front End pool at 451 (150.3 per server)',
      doc: doc({ nodes: [frontEnd(), ...gateways], trunks: twoTrunks('fe1', { peakCalls: 400 }, { peakCalls: 51 }) }),
      reports: [{ targets: ['fe1'], messageId: 'frontEndPool' }],
    },
    {
      name: 'one-server Mediation pool at 1,001',
      doc: doc({ nodes: [frontEnd(), mediationPool(), ...gateways], trunks: twoTrunks('med1', { peakCalls: 1000 }, { peakCalls: 1 }) }),
      reports: [{ targets: ['med1'], messageId: 'mediationPool' }],
    },
    {
      name: 'Mediation pool of two servers at 2,001',
      doc: doc({ nodes: [frontEnd(), twoServerMed, ...gateways], trunks: twoTrunks('med1', { peakCalls: 1501 }, { peakCalls: 500 }) }),
      reports: [{ targets: ['med1'], messageId: 'mediationPool' }],
    },
    {
      name: 'bypass excluded, but the rest still over: each endpoint once',
      doc: setTrunkMedia(
        doc({
          nodes: [oneServerFe, mediationPool(), ...gateways],
          trunks: [
            ...twoTrunks('fe1', { peakCalls: 200 }, { peakCalls: 900 }),
            trunk({ id: 't3', name: 'c', mediationId: 'fe1', peerId: 'gw1', root: false, peerPort: 5068, peakCalls: 1 }),
            trunk({ id: 't4', name: 'd', mediationId: 'med1', peerId: 'gw2', root: false, peerPort: 5068, peakCalls: 1200 }),
          ],
        }),
        't2',
        { mediaBypass: true },
      ),
      reports: [{ targets: ['fe1'], messageId: 'frontEndPool' }, { targets: ['med1'], messageId: 'mediationPool' }],
    },
  ],
});
