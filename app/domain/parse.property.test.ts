// Robustness: the parser never throws, refuses with at least one problem, and round-trips what it accepts;
// the rules engine never throws on anything the parser accepts. Over 10,000 generated cases in all.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Topology, TopologyNode, Trunk } from './model.ts';
import { parseTopology, parseTopologyText } from './parse.ts';
import { validate } from './rules/index.ts';
import { serializeTopology } from './serialize.ts';

const reference = JSON.parse(readFileSync(new URL('../../../shared/examples/fabrikam-medium.json', import.meta.url), 'utf8')) as unknown;

function assertVerdict(value: unknown): void {
  const result = parseTopology(value);
  if (result.ok) expect(() => validate(result.doc)).not.toThrow();
  else expect(result.problems.length).toBeGreaterThan(0);
}

/** Every path to a value inside a JSON tree. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}
const referencePaths = paths(reference).filter((p) => p.length > 0);

type Mutation = { path: (string | number)[]; kind: 'set' | 'delete' | 'addKey'; value: unknown; key: string };

/** Applies a mutation in place to a copy the caller owns. */
function applyMutation(copy: unknown, m: Mutation): unknown {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walks arbitrary JSON
  let parent: any = copy;
  for (const step of m.path.slice(0, -1)) {
    // An earlier mutation may have removed this branch: then this one has nothing to change.
    if (parent === null || typeof parent !== 'object') return copy;
    parent = parent[step];
  }
  if (parent === null || typeof parent !== 'object') return copy;
  const last = m.path[m.path.length - 1]!;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else delete parent[last];
  } else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) {
    // defineProperty, so that "__proto__" becomes an own key as JSON.parse would make it.
    Object.defineProperty(parent[last], m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...referencePaths),
  kind: fc.constantFrom('set' as const, 'delete' as const, 'addKey' as const),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 0, 65536, 1.5, '', 'c1', 'gw9', null, 1e7)),
  key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'id', 'kind'),
});

const id = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
const host = fc.oneof(
  fc.constantFrom('gw01.contoso.com', 'med.contoso.com', '10.0.0.5', '2001:db8::1', 'bad_name', '', 'a.b'),
  fc.stringMatching(/^[a-z0-9-]{1,10}(\.[a-z0-9-]{1,10}){0,3}$/),
);
const port = fc.oneof(fc.integer({ min: 5060, max: 5072 }), fc.integer({ min: -5, max: 70000 }));
const range = fc.tuple(port, port);
const mediationConfig = fc.record({ tlsPortRange: range, tcpPortRange: fc.option(range), sipServerPort: port });
const coordinate = fc.integer({ min: -1_000_000, max: 1_000_000 });

/** Topologies the parser must accept: right types, unique ids, references that resolve, any values the rules judge. */
const topology: fc.Arbitrary<Topology> = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 30 }),
    mediaBypass: fc.constantFrom('disabled' as const, 'alwaysBypass' as const, 'useSiteAndRegion' as const),
    cac: fc.boolean(),
    siteIds: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    nodeSpecs: fc.array(
      fc.record({
        kind: fc.constantFrom('frontEndPool' as const, 'mediationPool' as const, 'director' as const, 'pstnGateway' as const, 'ipPbx' as const, 'sbc' as const),
        host,
        servers: fc.array(host, { minLength: 1, maxLength: 14 }),
        edition: fc.constantFrom('enterprise' as const, 'standard' as const),
        mediation: fc.option(mediationConfig),
        flags: fc.tuple(fc.boolean(), fc.boolean()),
        label: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        position: fc.option(fc.record({ x: coordinate, y: coordinate }), { nil: undefined }),
        pick: fc.nat(),
      }),
      { maxLength: 12 },
    ),
    trunkSpecs: fc.array(
      fc.record({
        a: fc.nat(), b: fc.nat(), name: fc.constantFrom('t-a', 'T-A', 't-b', 't-c'), tls: fc.boolean(), mediationPort: port, peerPort: port,
        root: fc.boolean(), bools: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        srtp: fc.constantFrom('required' as const, 'optional' as const, 'notSupported' as const),
        peakCalls: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
      }),
      { maxLength: 16 },
    ),
    branchMask: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  })
  .map((spec): Topology => {
    const sites = spec.siteIds.map((siteId, i) =>
      i > 0 && spec.branchMask[i]
        ? { id: `s-${siteId}`, name: `Site ${i}`, kind: 'branch' as const, centralSiteId: `s-${spec.siteIds[0]}` }
        : { id: `s-${siteId}`, name: `Site ${i}`, kind: 'central' as const },
    );
    const nodes: TopologyNode[] = spec.nodeSpecs.map((n, i) => {
      const base = { id: `n${i}`, siteId: sites[n.pick % sites.length]!.id, ...(n.label !== undefined ? { label: n.label } : {}), ...(n.position ? { position: n.position } : {}) };
      switch (n.kind) {
        case 'frontEndPool':
          return { ...base, kind: n.kind, fqdn: n.host, edition: n.edition, servers: n.servers, mediation: n.mediation };
        case 'director':
          return { ...base, kind: n.kind, fqdn: n.host, servers: n.servers };
        case 'mediationPool':
          return { ...base, kind: n.kind, fqdn: n.host, servers: n.servers, nextHopId: n.pick % 3 === 0 ? null : `n${n.pick % spec.nodeSpecs.length}`, mediation: n.mediation ?? { tlsPortRange: [5067, 5067], tcpPortRange: null, sipServerPort: 5070 } };
        default:
          return { ...base, kind: n.kind, address: n.host, dnsLoadBalancing: n.flags[0], qualified: n.flags[1] };
      }
    });
    const trunks: Trunk[] =
      nodes.length === 0
        ? []
        : spec.trunkSpecs.map((t, i) => ({
            id: `t${i}`, name: t.name, mediationId: `n${t.a % nodes.length}`, peerId: `n${t.b % nodes.length}`,
            transport: t.tls ? 'TLS' : 'TCP', mediationPort: t.mediationPort, peerPort: t.peerPort, root: t.root,
            mediaBypass: t.bools[0]!, centralizedMediaProcessing: t.bools[1]!, referSupport: t.bools[2]!,
            rtcpActiveCalls: t.bools[3]!, rtcpCallsOnHold: t.bools[4]!, srtpMode: t.srtp,
            ...(t.peakCalls !== undefined ? { peakCalls: t.peakCalls } : {}),
          }));
    return { format: 'trunkline.topology', schemaVersion: 1, name: spec.name, settings: { mediaBypass: spec.mediaBypass, callAdmissionControl: spec.cac }, sites, nodes, trunks };
  });

// Generous timeouts: 10,000 cases take a few seconds, more on a busy two-core machine.
describe('parser robustness (fast-check)', { timeout: 60_000 }, () => {
  it('gives any JSON value a verdict and never throws', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => assertVerdict(value)), { numRuns: 3000 });
  });

  it('gives any text a verdict and never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      const result = parseTopologyText(text);
      expect(result.ok || result.problems.length > 0).toBe(true);
    }), { numRuns: 1000 });
  });

  it('gives any mutation of a reference document a verdict, and never pollutes prototypes', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const mutated = mutations.reduce<unknown>((doc, m) => applyMutation(doc, m), structuredClone(reference));
        assertVerdict(mutated);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('id');
      }),
      { numRuns: 3000 },
    );
  });

  it('round-trips generated topologies: parse(serialize(x)) equals x and serializing is idempotent', () => {
    fc.assert(
      fc.property(topology, (doc) => {
        const text = serializeTopology(doc);
        const parsed = parseTopologyText(text);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
        expect(parsed.doc).toEqual(doc);
        expect(serializeTopology(parsed.doc)).toBe(text);
      }),
      { numRuns: 1500 },
    );
  });

  it('runs every rule on generated topologies without throwing, with well-formed diagnostics', () => {
    fc.assert(
      fc.property(topology, (doc) => {
        const ids = new Set([...doc.sites, ...doc.nodes, ...doc.trunks].map((e) => e.id));
        for (const d of validate(doc)) {
          expect(d.message.length).toBeGreaterThan(0);
          for (const target of d.targets) expect(ids.has(target)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
