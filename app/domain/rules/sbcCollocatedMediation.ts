import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeRef } from '../describe.ts';
import { trunkEndpoint, trunkPeer } from './trunkEnds.ts';

export const sbcCollocatedMediation = defineRule({
  id: 'SBC_COLLOCATED_MEDIATION',
  severity: 'warning',
  source: 'components-and-topologies-for-sip-trunking: stand-alone "strongly recommended"',
  description: 'A stand-alone Mediation pool is strongly recommended for SIP trunking to a provider.',
  messages: {
    default:
      'Trunk "{{trunk}}" to {{peer}} comes from the Mediation Server collocated on {{endpoint}}: a stand-alone Mediation pool is strongly recommended for SIP trunking.',
  },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const peer = trunkPeer(trunk, index);
      if (peer === undefined || peer.kind !== 'sbc') return null;
      const endpoint = trunkEndpoint(trunk, index);
      if (endpoint === undefined || endpoint.kind !== 'frontEndPool') return null;
      return { messageId: 'default', params: { trunk: trunk.name, peer: nodeRef(peer), endpoint: nodeRef(endpoint) }, targets: [trunk.id, endpoint.id] };
    });
  },
});
