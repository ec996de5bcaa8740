// Seeded, rule-clean topologies of any size, for benchmarks and large-design tests.
import type { FrontEndPool, MediationPool, Peer, Site, Topology, TopologyNode, Trunk } from './model.ts';
import { emptyTopology } from './model.ts';
import { globalDialPlan, globalVoicePolicy, keepAllRule, newVoiceRoute } from './routing/defaults.ts';

/** mulberry32: a small, fast, seeded PRNG so that every run measures the same documents. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mediation = () => ({ tlsPortRange: [5067, 5067] as [number, number], tcpPortRange: null, sipServerPort: 5070 });

/**
 * About `nodeCount` nodes in sites of about ten: each central site holds a Front End pool, two
 * Mediation pools and seven peers; each peer has two trunks, one from each pool (M:N).
 */
export function generateTopology(nodeCount: number, seed = 1): Topology {
  const random = seededRandom(seed);
  const doc = emptyTopology(`Generated ${nodeCount} nodes`);
  const sites: Site[] = [];
  const nodes: TopologyNode[] = [];
  const trunks: Trunk[] = [];
  const perRow = 10;
  const siteCount = Math.max(1, Math.round(nodeCount / 10));
  for (let s = 0; s < siteCount && nodes.length < nodeCount; s++) {
    const sx = (s % perRow) * 1000;
    const sy = Math.floor(s / perRow) * 700;
    const site: Site = { id: `s${s}`, name: `Site ${s + 1}`, kind: 'central', frame: { x: sx, y: sy, width: 940, height: 640 } };
    sites.push(site);
    const domain = `site${s}.example.com`;
    const fe: FrontEndPool = {
      id: `s${s}-fe`, kind: 'frontEndPool', siteId: site.id, fqdn: `pool.${domain}`, edition: 'enterprise',
      servers: [`fe1.${domain}`, `fe2.${domain}`, `fe3.${domain}`], mediation: null, position: { x: sx + 40, y: sy + 280 },
    };
    const pools: MediationPool[] = ['a', 'b'].map((letter, i) => ({
      id: `s${s}-med${letter}`, kind: 'mediationPool', siteId: site.id, fqdn: `med${letter}.${domain}`,
      servers: [`med${letter}1.${domain}`, `med${letter}2.${domain}`], nextHopId: fe.id, mediation: mediation(),
      position: { x: sx + 300, y: sy + 120 + i * 320 },
    }));
    nodes.push(fe, ...pools);
    const remaining = Math.min(7, nodeCount - nodes.length);
    for (let p = 0; p < remaining; p++) {
      const kind = p === 5 ? 'ipPbx' : p === 6 ? 'sbc' : 'pstnGateway';
      const peer: Peer = {
        id: `s${s}-p${p}`, kind, siteId: site.id, address: `peer${p}.${domain}`, dnsLoadBalancing: true, qualified: true,
        position: { x: sx + 640, y: sy + 20 + p * 85 },
      };
      nodes.push(peer);
      pools.forEach((pool, i) => {
        trunks.push({
          id: `s${s}-p${p}-t${i}`, name: `${peer.id}-${5067 + i}`, mediationId: pool.id, peerId: peer.id, transport: 'TLS',
          mediationPort: 5067, peerPort: 5067 + i, root: i === 0, peakCalls: Math.floor(random() * 200),
        });
      });
    }
  }
  return { ...doc, sites, nodes, trunks };
}

/**
 * The generated design with a configuration store of the given size, for benchmarks: usages, routes
 * that each reach a trunk (patterns differ per route, as real ones do), site voice policies and dial
 * plans (one per site while sites last, then per tag), and the global policy with every usage.
 */
export function generateRouting(doc: Topology, counts: { routes: number; policies: number; dialPlans: number; usages?: number }): Topology {
  const usageCount = Math.min(counts.usages ?? 100, 1_000);
  const pstnUsages = Array.from({ length: usageCount }, (_, i) => `Usage ${i}`);
  const voiceRoutes = Array.from({ length: counts.routes }, (_, i) =>
    newVoiceRoute({
      id: `r${i}`,
      name: `Route ${i}`,
      numberPattern: `^\\+1${String(200 + (i % 800)).padStart(3, '0')}${String(i % 1000).padStart(3, '0')}\\d{4}$`,
      pstnUsages: [pstnUsages[i % usageCount]!],
      trunkIds: doc.trunks.length === 0 ? [] : [doc.trunks[i % doc.trunks.length]!.id],
      priority: i % 3,
    }),
  );
  const scopeOf = (i: number, site: (siteId: string) => { kind: 'site'; siteId: string }) =>
    i < doc.sites.length ? site(doc.sites[i]!.id) : ({ kind: 'tag', name: `Tag ${i}` } as const);
  const voicePolicies = [
    ...doc.voicePolicies.map((p) => (p.scope.kind === 'global' ? { ...p, pstnUsages: [...pstnUsages] } : p)),
    ...Array.from({ length: counts.policies }, (_, i) => ({
      ...globalVoicePolicy(`vp${i}`),
      scope: scopeOf(i, (siteId) => ({ kind: 'site', siteId })),
      pstnUsages: [pstnUsages[i % usageCount]!, pstnUsages[(i + 1) % usageCount]!],
    })),
  ];
  const dialPlans = [
    ...doc.dialPlans,
    ...Array.from({ length: counts.dialPlans }, (_, i) => ({
      ...globalDialPlan(`dp${i}`),
      scope: scopeOf(i, (siteId) => ({ kind: 'site', siteId })),
      normalizationRules: [
        { name: '4 digit', pattern: '^(\\d{4})$', translation: `+1425${String(i % 1000).padStart(3, '0')}$1`, isInternalExtension: true },
        keepAllRule(),
      ],
    })),
  ];
  return { ...doc, pstnUsages, voiceRoutes, voicePolicies, dialPlans };
}
