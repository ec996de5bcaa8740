import { effectiveTrunkConfiguration } from '../routing/scopes.ts';
import { defineRule, type RuleReport } from '../diagnostic.ts';
import { positionsById } from '../idIndex.ts';
import { trunkEnds } from '../topologyIndex.ts';
import { nodeRef } from '../describe.ts';
import type { MediationEndpoint, Topology } from '../model.ts';
import { isMediationEndpoint } from '../model.ts';

/** Concurrent non-bypass calls one server carries (domain.md, "Capacity"). */
export const CALLS_PER_SERVER: Record<MediationEndpoint['kind'], number> = {
  mediationPool: 1000,
  frontEndPool: 150,
};

/** What a Mediation endpoint carries at peak against what it can carry (domain.md, "Capacity"). */
export interface EndpointLoad {
  /** Peak non-bypass calls: the sum of peakCalls over its trunks whose effective configuration has no media bypass. */
  calls: number;
  /** Servers counted (at least one). */
  servers: number;
  /** Calls one server carries. */
  limitPerServer: number;
  /** servers × limitPerServer. */
  capacity: number;
  /** MEDIATION_CAPACITY's verdict: calls per server exceed the limit. */
  over: boolean;
}

/** The load of an endpoint that carries `calls` peak non-bypass calls. */
function loadFor(node: MediationEndpoint, calls: number): EndpointLoad {
  const servers = Math.max(1, node.servers.length);
  const limitPerServer = CALLS_PER_SERVER[node.kind];
  // Compare in integers: calls / servers > limit, without rounding.
  return { calls, servers, limitPerServer, capacity: limitPerServer * servers, over: calls > limitPerServer * servers };
}

/** Every Mediation endpoint of the design with its load, in document order. */
export function mediationLoads(doc: Topology): { endpoint: MediationEndpoint; load: EndpointLoad }[] {
  // Calls summed by the position of each trunk's Mediation side (a trunk naming the node as its peer does not
  // count), in one pass over the trunks in document order: no list of trunks per node.
  const nodes = doc.nodes;
  const at = positionsById(nodes);
  const { mediation: mediationAt } = trunkEnds(doc);
  const calls = new Float64Array(nodes.length);
  for (let k = 0; k < doc.trunks.length; k++) {
    const trunk = doc.trunks[k]!;
    const mediation = mediationAt[k]!;
    // Bypassed media does not pass through the Mediation Server.
    if (mediation >= 0 && !effectiveTrunkConfiguration(doc, trunk.id)?.mediaBypass) calls[mediation]! += trunk.peakCalls ?? 0;
  }
  const loads: { endpoint: MediationEndpoint; load: EndpointLoad }[] = [];
  for (const node of nodes) if (isMediationEndpoint(node)) loads.push({ endpoint: node, load: loadFor(node, calls[at.get(node.id)]!) });
  return loads;
}

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
  check({ doc }) {
    const reports: RuleReport<'mediationPool' | 'frontEndPool'>[] = [];
    for (const { endpoint: node, load } of mediationLoads(doc)) {
      if (!load.over) continue;
      reports.push({ messageId: node.kind, params: { pool: nodeRef(node), calls: load.calls, count: load.servers, perServer: load.calls / load.servers, limit: load.limitPerServer }, targets: [node.id] });
    }
    return reports;
  },
});
