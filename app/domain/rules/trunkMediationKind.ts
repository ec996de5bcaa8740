import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeName } from '../describe.ts';
import { isMediationEndpoint, type NodeKind } from '../model.ts';

const TO_ENDPOINT = 'start the trunk at a Mediation pool or a Front End pool with collocated Mediation.';

export const trunkMediationKind = defineRule({
  id: 'TRUNK_MEDIATION_KIND',
  severity: 'error',
  source: 'multiple-trunk-support',
  description: 'A trunk starts at a Mediation pool or at a Front End pool with collocated Mediation.',
  // One id per kind of node the trunk wrongly starts at; {{name}} is the node's own name.
  messages: {
    frontEndPool:
      'Trunk "{{trunk}}" starts at {{name}}, a Front End pool without collocated Mediation: collocate Mediation on the pool or start the trunk at a Mediation pool.',
    director: `Trunk "{{trunk}}" starts at {{name}}, a Director, which carries no trunks: ${TO_ENDPOINT}`,
    pstnGateway: `Trunk "{{trunk}}" starts at {{name}}, a gateway, not a Mediation Server: ${TO_ENDPOINT}`,
    ipPbx: `Trunk "{{trunk}}" starts at {{name}}, an IP-PBX, not a Mediation Server: ${TO_ENDPOINT}`,
    sbc: `Trunk "{{trunk}}" starts at {{name}}, an SBC, not a Mediation Server: ${TO_ENDPOINT}`,
  },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const node = index.nodeById.get(trunk.mediationId);
      // A missing node cannot pass the parser; say nothing rather than name a bare id.
      if (node === undefined || isMediationEndpoint(node)) return null;
      // Not a mediation endpoint, so not a Mediation pool.
      return { messageId: node.kind as Exclude<NodeKind, 'mediationPool'>, params: { trunk: trunk.name, name: nodeName(node) }, targets: [trunk.id, node.id] };
    });
  },
});
