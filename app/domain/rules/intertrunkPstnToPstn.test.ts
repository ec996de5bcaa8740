import { routedDoc, trunkConfiguration } from '../testing/routing.ts';
import { peer, trunk } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { intertrunkPstnToPstn } from './intertrunkPstnToPstn.ts';

ruleTester(intertrunkPstnToPstn, {
  valid: [
    { name: 'no configuration has usages', doc: routedDoc() },
    {
      name: 'calls from an IP-PBX may reach the PSTN (inter-trunk routing as intended)',
      doc: routedDoc((d) => {
        d.nodes.push(peer({ id: 'pbx1', kind: 'ipPbx', address: 'pbx.contoso.com' }));
        d.trunks.push(trunk({ id: 't2', name: 'pbx', peerId: 'pbx1' }));
        d.voiceRoutes[0]!.trunkIds.push('t2');
        d.trunkConfigurations.push(trunkConfiguration({ scope: { kind: 'trunk', trunkId: 't2' }, pstnUsages: ['Local'] }));
      }),
    },
  ],
  invalid: [
    {
      name: 'a gateway trunk whose own configuration relays to a gateway route (the same trunk counts)',
      doc: routedDoc((d) => d.trunkConfigurations.push(trunkConfiguration({ pstnUsages: ['Local'] }))),
      reports: [{ targets: ['tc1', 't1'], messageId: 'default', params: { trunk: 'gw01-5067', usage: 'Local' } }],
    },
  ],
});
