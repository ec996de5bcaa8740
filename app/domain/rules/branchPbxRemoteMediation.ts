import { defineRule, reportEach } from '../diagnostic.ts';
import { describeNode, describeTrunk, nodeRef } from '../describe.ts';
import { siteName, siteOf, trunkEndpoint, trunkPeer } from './trunkEnds.ts';

export const branchPbxRemoteMediation = defineRule({
  id: 'BRANCH_PBX_REMOTE_MEDIATION',
  severity: 'warning',
  source: 'deployment-guidelines-for-mediation-server (clipping)',
  description: 'An IP-PBX in a branch site is best served by a Mediation Server in the same site.',
  messages: { default: ['trunk', 'peer', 'branch', 'endpoint', 'endpointSite'] },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const peer = trunkPeer(trunk, index);
      if (peer === undefined || peer.kind !== 'ipPbx' || index.siteById.get(peer.siteId)?.kind !== 'branch') return null;
      const endpoint = trunkEndpoint(trunk, index);
      if (endpoint === undefined || endpoint.siteId === peer.siteId) return null;
      return {
        message: `Trunk ${describeTrunk(trunk)} serves ${describeNode(peer)} in branch ${siteOf(peer.siteId, index)} from ${describeNode(endpoint)} in ${siteOf(endpoint.siteId, index)}: signalling from another site takes longer and can clip the first words of greetings, so consider a Mediation Server in the branch.`,
        targets: [trunk.id, peer.id],
        key: {
          id: 'default',
          params: {
            trunk: trunk.name,
            peer: nodeRef(peer),
            branch: siteName(peer.siteId, index),
            endpoint: nodeRef(endpoint),
            endpointSite: siteName(endpoint.siteId, index),
          },
        },
      };
    });
  },
});
