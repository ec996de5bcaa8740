import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeRef } from '../describe.ts';
import { siteName, trunkEndpoint, trunkPeer } from './trunkEnds.ts';

export const branchPbxRemoteMediation = defineRule({
  id: 'BRANCH_PBX_REMOTE_MEDIATION',
  severity: 'warning',
  source: 'deployment-guidelines-for-mediation-server (clipping)',
  description: 'An IP-PBX in a branch site is best served by a Mediation Server in the same site.',
  messages: {
    default:
      'Trunk "{{trunk}}" serves {{peer}} in branch site "{{branch}}" from {{endpoint}} in site "{{endpointSite}}": signalling from another site takes longer and can clip the first words of greetings, so consider a Mediation Server in the branch.',
  },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const peer = trunkPeer(trunk, index);
      if (peer === undefined || peer.kind !== 'ipPbx' || index.siteById.get(peer.siteId)?.kind !== 'branch') return null;
      const endpoint = trunkEndpoint(trunk, index);
      if (endpoint === undefined || endpoint.siteId === peer.siteId) return null;
      return {
        messageId: 'default',
        params: {
          trunk: trunk.name,
          peer: nodeRef(peer),
          branch: siteName(peer.siteId, index),
          endpoint: nodeRef(endpoint),
          endpointSite: siteName(endpoint.siteId, index),
        },
        targets: [trunk.id, peer.id],
      };
    });
  },
});
