import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeRef } from '../describe.ts';
import { siteName, trunkEndpoint, trunkPeer } from './trunkEnds.ts';

export const sbcMediationSite = defineRule({
  id: 'SBC_MEDIATION_SITE',
  severity: 'error',
  source: 'deployment-guidelines-for-mediation-server: "a Mediation Server at the site where each trunk terminates"',
  description: "A SIP trunk to a provider's SBC terminates on a Mediation Server in the SBC's site.",
  messages: {
    default:
      'Trunk "{{trunk}}" joins {{peer}} in site "{{peerSite}}" to {{endpoint}} in site "{{endpointSite}}": terminate the trunk on a Mediation Server in the SBC\'s site.',
  },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const peer = trunkPeer(trunk, index);
      if (peer === undefined || peer.kind !== 'sbc') return null;
      const endpoint = trunkEndpoint(trunk, index);
      if (endpoint === undefined || endpoint.siteId === peer.siteId) return null;
      return {
        messageId: 'default',
        params: {
          trunk: trunk.name,
          peer: nodeRef(peer),
          peerSite: siteName(peer.siteId, index),
          endpoint: nodeRef(endpoint),
          endpointSite: siteName(endpoint.siteId, index),
        },
        targets: [trunk.id, peer.id, endpoint.id],
      };
    });
  },
});
