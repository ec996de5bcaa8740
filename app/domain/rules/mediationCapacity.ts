import { effectiveTrunkConfiguration } from '../routing/scopes.ts';
import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeRef } from '../describe.ts';
import type { MediationEndpoint } from '../model.ts';
import { isMediationEndpoint } from '../model.ts';

/** Concurrent non-bypass calls one server carries (domain.md, "Capacity"). */
export const CALLS_PER_SERVER: Record<MediationEndpoint['kind'], number> = {
  mediationPool: 1000,
  frontEndPool: 150,
};

// Calls and calls per server are written with one decimal at most.
const CALLS = '{{calls, number(maximumFractionDigits: 1)}} peak non-bypass calls';
const PER_SERVER = '{{perServer, number(maximumFractionDigits: 1)}} per server';
const MEDIATION_POOL = 'more than the {{limit, number}} or so that a stand-alone Mediation Server handles: add servers, move trunks to another pool, or use media bypass.';
const FRONT_END_POOL =
  'more than the {{limit, number}} or so that a Front End Server with collocated Mediation handles: add servers, move trunks to a stand-alone Mediation pool, or use media bypass.';

export const mediationCapacity = defineRule({
  id: 'MEDIATION_CAPACITY',
  severity: 'warning',
  source: 'm-n-trunk; capacity-planning-using-the-user-models',
  description:
    'Peak non-bypass calls per server stay within about 1,000 for a stand-alone Mediation Server and 150 for a Front End Server with collocated Mediation.',
  // One id per kind of endpoint (role and fix differ); {{count}} is the number of servers.
  messages: {
    mediationPool: {
      one: `The {{pool}} carries ${CALLS} on {{count}} server, ${PER_SERVER}, ${MEDIATION_POOL}`,
      other: `The {{pool}} carries ${CALLS} on {{count}} servers, ${PER_SERVER}, ${MEDIATION_POOL}`,
    },
    frontEndPool: {
      one: `The {{pool}} carries ${CALLS} on {{count}} server, ${PER_SERVER}, ${FRONT_END_POOL}`,
      other: `The {{pool}} carries ${CALLS} on {{count}} servers, ${PER_SERVER}, ${FRONT_END_POOL}`,
    },
  },
  check({ doc, index }) {
    const reports: RuleReport<'mediationPool' | 'frontEndPool'>[] = [];
    for (const node of doc.nodes) {
      if (!isMediationEndpoint(node)) continue;
      let calls = 0;
      for (const trunk of index.trunksByNode.get(node.id) ?? []) {
        // Bypassed media does not pass through the Mediation Server; trunksByNode also holds trunks naming the node as peer.
        if (trunk.mediationId === node.id && !effectiveTrunkConfiguration(doc, trunk.id)?.mediaBypass) calls += trunk.peakCalls ?? 0;
      }
      const servers = Math.max(1, node.servers.length);
      const limit = CALLS_PER_SERVER[node.kind];
      // Compare in integers: calls / servers > limit, without rounding.
      if (calls <= limit * servers) continue;
      reports.push({ messageId: node.kind, params: { pool: nodeRef(node), calls, count: servers, perServer: calls / servers, limit }, targets: [node.id] });
    }
    return reports;
  },
});
