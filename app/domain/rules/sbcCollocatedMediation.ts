import { defineRule, reportEach } from '../diagnostic.ts';
import { describeNode, describeTrunk, nodeRef } from '../describe.ts';
import { trunkEndpoint, trunkPeer } from './trunkEnds.ts';

export const sbcCollocatedMediation = defineRule({
  id: 'SBC_COLLOCATED_MEDIATION',
  severity: 'warning',
  source: 'components-and-topologies-for-sip-trunking: stand-alone "strongly recommended"',
  description: 'A stand-alone Mediation pool is strongly recommended for SIP trunking to a provider.',
  messages: { default: ['trunk', 'peer', 'endpoint'] },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const peer = trunkPeer(trunk, index);
      if (peer === undefined || peer.kind !== 'sbc') return null;
      const endpoint = trunkEndpoint(trunk, index);
      if (endpoint === undefined || endpoint.kind !== 'frontEndPool') return null;
      return {
        message: `Trunk ${describeTrunk(trunk)} to ${describeNode(peer)} comes from the Mediation Server collocated on ${describeNode(endpoint)}: a stand-alone Mediation pool is strongly recommended for SIP trunking.`,
        targets: [trunk.id, endpoint.id],
        key: { id: 'default', params: { trunk: trunk.name, peer: nodeRef(peer), endpoint: nodeRef(endpoint) } },
      };
    });
  },
});
