import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeRef } from '../describe.ts';
import { isPeer } from '../model.ts';

export const trunkPeerKind = defineRule({
  id: 'TRUNK_PEER_KIND',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder',
  description: 'A trunk ends at a peer: a PSTN gateway, an IP-PBX or an SBC.',
  messages: { default: 'Trunk "{{trunk}}" ends at {{node}}, which is not a peer: end the trunk at a PSTN gateway, an IP-PBX or an SBC.' },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const node = index.nodeById.get(trunk.peerId);
      // A missing node cannot pass the parser; say nothing rather than name a bare id.
      if (node === undefined || isPeer(node)) return null;
      return { messageId: 'default', params: { trunk: trunk.name, node: nodeRef(node) }, targets: [trunk.id, node.id] };
    });
  },
});
