import { defineRule, reportEach } from '../diagnostic.ts';
import { describeNode, describeTrunk, nodeRef } from '../describe.ts';
import { isPeer } from '../model.ts';
import { isIpLiteral } from '../names.ts';

export const trunkTlsIpPeer = defineRule({
  id: 'TRUNK_TLS_IP_PEER',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder: "If you specify TLS ... you must specify the FQDN"',
  description: 'A TLS trunk needs a peer addressed by FQDN: certificates name hosts, not IP addresses.',
  messages: { default: ['trunk', 'peer'] },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const peer = index.nodeById.get(trunk.peerId);
      if (trunk.transport !== 'TLS' || !isPeer(peer) || !isIpLiteral(peer.address)) return null;
      return {
        message: `Trunk ${describeTrunk(trunk)} uses TLS, but ${describeNode(peer)} is addressed by IP: TLS needs an FQDN.`,
        targets: [trunk.id, peer.id],
        key: { id: 'default', params: { trunk: trunk.name, peer: nodeRef(peer) } },
      };
    });
  },
});
