// Robustness: the parser never throws, refuses with at least one problem, and round-trips what it accepts;
// the rules engine never throws on anything the parser accepts. Over 10,000 generated cases in all.
import { routeNumber } from './routing/simulate.ts';
import { usedIds } from './defaults.ts';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTopology, parseTopologyText } from './parse.ts';
import { validate } from './rules/index.ts';
import { serializeTopology } from './serialize.ts';
import { topologyArbitrary as topology, topologyV2Arbitrary } from './testing/arbitraries.ts';

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
        // The generator may make -0, which JSON writes as 0: compare with -0 folded, as the parser does.
        expect(parsed.doc).toEqual(JSON.parse(JSON.stringify(doc)));
        expect(serializeTopology(parsed.doc)).toBe(text);
        const again = parseTopologyText(serializeTopology(parsed.doc));
        expect(again.ok && again.doc).toEqual(parsed.doc);
      }),
      { numRuns: 1500 },
    );
  });

  it('runs every rule on generated topologies without throwing, with well-formed diagnostics', () => {
    fc.assert(
      fc.property(topology, (doc) => {
        const ids = usedIds(doc);
        for (const d of validate(doc)) {
          expect(d.messageId.length).toBeGreaterThan(0);
          for (const target of d.targets) expect(ids.has(target)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('format 2 (fast-check)', () => {
  it('writes back every format-2 document byte for byte, and routes any number through it without throwing', () => {
    fc.assert(
      fc.property(topologyV2Arbitrary, fc.stringMatching(/^[0-9+*#;=a-z]{1,20}$/), (doc, number) => {
        // The parser adds the global objects a document lacks; from then on the text is a fixed point.
        const first = parseTopologyText(serializeTopology(doc));
        expect(first.ok ? [] : first.problems).toEqual([]);
        if (!first.ok) return;
        const text = serializeTopology(first.doc);
        const parsed = parseTopologyText(text);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        expect(serializeTopology(parsed.doc)).toBe(text);
        for (const plan of parsed.doc.dialPlans) {
          const outcome = routeNumber(parsed.doc, { dialedNumber: number, dialPlanId: plan.id });
          expect(outcome.dialedNumber).toBe(number);
        }
        for (const d of validate(parsed.doc)) expect(d.messageId.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
