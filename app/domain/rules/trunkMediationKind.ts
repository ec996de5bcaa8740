import { defineRule, reportEach } from '../diagnostic.ts';
import { describeTrunk, nodeName, nodeRef } from '../describe.ts';
import type { TopologyNode } from '../model.ts';

/**
 * Why a node cannot be the Mediation end of a trunk ("a Front End pool without collocated
 * Mediation"), or null when it can. Shared with the designer, which refuses such connections.
 */
export function notMediationEndpointReason(node: TopologyNode): string | null {
  switch (node.kind) {
    case 'mediationPool':
      return null;
    case 'frontEndPool':
      return node.mediation === null ? 'a Front End pool without collocated Mediation' : null;
    case 'director':
      return 'a Director, which carries no trunks';
    case 'pstnGateway':
      return 'a gateway, not a Mediation Server';
    case 'ipPbx':
      return 'an IP-PBX, not a Mediation Server';
    case 'sbc':
      return 'an SBC, not a Mediation Server';
  }
}

/** A Front End pool and a Director are worded on their own; a peer is simply not a Mediation Server. */
function messageId(kind: TopologyNode['kind']): 'frontEndPool' | 'director' | 'notMediation' {
  return kind === 'frontEndPool' || kind === 'director' ? kind : 'notMediation';
}

export const trunkMediationKind = defineRule({
  id: 'TRUNK_MEDIATION_KIND',
  severity: 'error',
  source: 'multiple-trunk-support',
  description: 'A trunk starts at a Mediation pool or at a Front End pool with collocated Mediation.',
  messages: { frontEndPool: ['trunk', 'node'], director: ['trunk', 'node'], notMediation: ['trunk', 'node'] },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const node = index.nodeById.get(trunk.mediationId);
      // A missing node cannot pass the parser; say nothing rather than name a bare id.
      if (node === undefined) return null;
      const reason = notMediationEndpointReason(node);
      if (reason === null) return null;
      const fix =
        node.kind === 'frontEndPool'
          ? 'collocate Mediation on the pool or start the trunk at a Mediation pool'
          : 'start the trunk at a Mediation pool or a Front End pool with collocated Mediation';
      return {
        message: `Trunk ${describeTrunk(trunk)} starts at ${nodeName(node)}, ${reason}: ${fix}.`,
        targets: [trunk.id, node.id],
        key: { id: messageId(node.kind), params: { trunk: trunk.name, node: nodeRef(node) } },
      };
    });
  },
});
