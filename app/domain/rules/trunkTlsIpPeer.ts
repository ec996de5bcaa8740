import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeRef } from '../describe.ts';
import { isPeer } from '../model.ts';
import { isIpLiteral } from '../names.ts';

export const trunkTlsIpPeer = defineRule({
  id: 'TRUNK_TLS_IP_PEER',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder: "If you specify TLS ... you must specify the FQDN"',
  description: 'A TLS trunk needs a peer addressed by FQDN: certificates name hosts, not IP addresses.',
  messages: { default: 'Trunk "{{trunk}}" uses TLS, but {{peer}} is addressed by IP: TLS needs an FQDN.' },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const peer = index.nodeById.get(trunk.peerId);
      if (trunk.transport !== 'TLS' || !isPeer(peer) || !isIpLiteral(peer.address)) return null;
      return { messageId: 'default', params: { trunk: trunk.name, peer: nodeRef(peer) }, targets: [trunk.id, peer.id] };
    });
  },
});
