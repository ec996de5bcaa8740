import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeRef } from '../describe.ts';
import { trunkEndpoint, trunkPeer } from './trunkEnds.ts';

export const peerNoDnsLbMultiServer = defineRule({
  id: 'PEER_NO_DNS_LB_MULTI_SERVER',
  severity: 'error',
  source: 'deployment-guidelines-for-mediation-server',
  description: 'A peer without DNS load balancing is served by a Mediation pool of one server.',
  messages: {
    default:
      'Trunk "{{trunk}}" joins {{peer}}, which has no DNS load balancing, to {{endpoint}} with {{count}} servers: serve the peer from a pool of one server, or turn on DNS load balancing on the peer.',
  },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const peer = trunkPeer(trunk, index);
      if (peer === undefined || peer.dnsLoadBalancing) return null;
      const endpoint = trunkEndpoint(trunk, index);
      // Every server of a pool talks to every peer of the pool, so one server is the only safe size.
      if (endpoint === undefined || endpoint.servers.length <= 1) return null;
      return {
        messageId: 'default',
        params: { trunk: trunk.name, peer: nodeRef(peer), endpoint: nodeRef(endpoint), count: endpoint.servers.length },
        targets: [trunk.id, peer.id, endpoint.id],
      };
    });
  },
});
