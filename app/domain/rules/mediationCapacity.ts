import { defineRule, type RuleReport } from '../diagnostic.ts';
import { describeNode, nodeRef } from '../describe.ts';
import type { MediationEndpoint } from '../model.ts';
import { isMediationEndpoint } from '../model.ts';

/** Concurrent non-bypass calls one server carries (domain.md, "Capacity"). */
export const CALLS_PER_SERVER: Record<MediationEndpoint['kind'], number> = {
  mediationPool: 1000,
  frontEndPool: 150,
};

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export const mediationCapacity = defineRule({
  id: 'MEDIATION_CAPACITY',
  severity: 'warning',
  source: 'm-n-trunk; capacity-planning-using-the-user-models',
  description:
    'Peak non-bypass calls per server stay within about 1,000 for a stand-alone Mediation Server and 150 for a Front End Server with collocated Mediation.',
  // One id per kind of endpoint (role and fix differ) and per "1 server" or several. Numbers are numbers;
  // calls per server is rounded to one decimal, as the English message shows it.
  messages: {
    mediationPool: ['pool', 'calls', 'servers', 'perServer', 'limit'],
    mediationPoolOneServer: ['pool', 'calls', 'limit'],
    frontEndPool: ['pool', 'calls', 'servers', 'perServer', 'limit'],
    frontEndPoolOneServer: ['pool', 'calls', 'limit'],
  },
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      if (!isMediationEndpoint(node)) continue;
      let calls = 0;
      for (const trunk of index.trunksByNode.get(node.id) ?? []) {
        // Bypassed media does not pass through the Mediation Server; trunksByNode also holds trunks naming the node as peer.
        if (trunk.mediationId === node.id && !trunk.mediaBypass) calls += trunk.peakCalls ?? 0;
      }
      const servers = Math.max(1, node.servers.length);
      const limit = CALLS_PER_SERVER[node.kind];
      // Compare in integers: calls / servers > limit, without rounding.
      if (calls <= limit * servers) continue;
      const perServer = NUMBER.format(calls / servers);
      const role = node.kind === 'mediationPool' ? 'a stand-alone Mediation Server' : 'a Front End Server with collocated Mediation';
      const fix =
        node.kind === 'mediationPool'
          ? 'add servers, move trunks to another pool, or use media bypass'
          : 'add servers, move trunks to a stand-alone Mediation pool, or use media bypass';
      reports.push({
        message: `The ${describeNode(node)} carries ${NUMBER.format(calls)} peak non-bypass calls on ${servers === 1 ? '1 server' : `${servers} servers`}, ${perServer} per server, more than the ${NUMBER.format(limit)} or so that ${role} handles: ${fix}.`,
        targets: [node.id],
        key:
          servers === 1
            ? { id: `${node.kind}OneServer`, params: { pool: nodeRef(node), calls, limit } }
            : { id: node.kind, params: { pool: nodeRef(node), calls, servers, perServer: Math.round((calls / servers) * 10) / 10, limit } },
      });
    }
    return reports;
  },
});
