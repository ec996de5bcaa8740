// The fast path may only say what zod says: whenever it vouches for a value, zod accepts that value and
// returns an equal one (same keys in the same order, same defaults). Checked on elements of generated
// documents and on mutations of them (wrong types, missing and extra keys, bounds, odd strings).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { COLLECTION_SCHEMAS, COLLECTION_SCHEMAS_V1, topologyShellSchema } from './schema.ts';
import { fastPath, NOT_SURE } from './schemaFastPath.ts';
import { serializeTopology } from './serialize.ts';
import { topologyV1Arbitrary, topologyV2Arbitrary } from './testing/arbitraries.ts';

/** Deep equality that also compares the order of keys, as a serializer would see it. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

/** Whether the fast path agrees with zod on `value`, reusing or copying; throws what differs. */
function agrees(schema: z.ZodMiniType, value: unknown): void {
  const fast = fastPath(schema);
  expect(fast).not.toBeNull();
  for (const reuse of [false, true]) {
    const before = JSON.stringify(value);
    const out = fast!(structuredClone(value), reuse);
    if (out === NOT_SURE) continue;
    const zod = schema.safeParse(structuredClone(value));
    if (!zod.success) throw new Error(`fast path accepted what zod refuses: ${before}`);
    if (!sameValue(out, zod.data)) throw new Error(`fast path gave ${JSON.stringify(out)}, zod ${JSON.stringify(zod.data)}`);
    expect(JSON.stringify(value)).toBe(before);
  }
}

const odd = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, 1, -1, 1.5, 1e7, 65536, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, '', 'a', '😀', '\ud800', 'global', 'site', 'TLS', 'pstnGateway', [], {}, [1], [5061, 5061]),
  fc.string({ maxLength: 3 }),
  fc.jsonValue({ maxDepth: 1 }),
);

/** Every (parent, key) inside a JSON tree, to mutate one of them. */
function slots(value: unknown, out: [Record<string | number, unknown>, string | number][] = []): [Record<string | number, unknown>, string | number][] {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value as Record<string, unknown>, Array.isArray(value) ? Number(key) : key]);
      slots((value as Record<string, unknown>)[key], out);
    }
  }
  return out;
}

function mutate(element: unknown, pick: number, kind: number, replacement: unknown, key: string): unknown {
  const copy = structuredClone(element);
  const all = slots(copy);
  if (all.length === 0) return replacement;
  const [parent, slot] = all[pick % all.length]!;
  if (kind === 0) parent[slot] = replacement;
  else if (kind === 1 && !Array.isArray(parent)) delete parent[slot];
  else if (kind === 2 && !Array.isArray(parent)) Object.defineProperty(parent, key, { value: replacement, enumerable: true, configurable: true, writable: true });
  else if (kind === 3 && !Array.isArray(parent)) {
    // The same keys in another order.
    const entries = Object.entries(parent).reverse();
    for (const [k] of entries) delete parent[k];
    for (const [k, v] of entries) parent[k] = v;
  }
  return copy;
}

const mutation = fc.tuple(fc.nat(), fc.nat(3), odd, fc.constantFrom('__proto__', 'constructor', 'extra', 'id', 'kind', 'scope'));

describe('schema fast path', () => {
  it('is built for every collection schema and the envelope', () => {
    for (const schema of [...Object.values(COLLECTION_SCHEMAS), ...Object.values(COLLECTION_SCHEMAS_V1), topologyShellSchema]) {
      expect(fastPath(schema)).not.toBeNull();
    }
  });

  it('vouches for clean elements, and returns them themselves only when reusing', () => {
    const doc = JSON.parse(serializeTopology(fc.sample(topologyV2Arbitrary, { numRuns: 1, seed: 7 })[0]!)) as Record<string, unknown[]>;
    const [site] = doc.sites!;
    expect(fastPath(COLLECTION_SCHEMAS.sites)!(site, true)).toBe(site);
    const copy = fastPath(COLLECTION_SCHEMAS.sites)!(site, false);
    expect(copy).not.toBe(site);
    expect(copy).toEqual(site);
  });

  it('keeps every element as the serializer writes it (its key order is the schemas\' own, so nothing is copied)', () => {
    const kinds = new Set<unknown>();
    let elements = 0;
    let kept = 0;
    for (const sample of fc.sample(topologyV2Arbitrary, { numRuns: 20, seed: 11 })) {
      const doc = JSON.parse(serializeTopology(sample)) as Record<string, Record<string, unknown>[]>;
      for (const [key, schema] of Object.entries(COLLECTION_SCHEMAS)) {
        for (const element of doc[key] ?? []) {
          if (key === 'nodes') kinds.add(element.kind);
          // Itself, or (for odd texts the fast path leaves to zod) NOT_SURE: never a copy.
          const read = fastPath(schema)!(element, true);
          if (read !== NOT_SURE) expect(read).toBe(element);
          elements++;
          if (read === element) kept++;
        }
      }
    }
    // Every kind of node was seen, and most elements were vouched for.
    expect(kinds.size).toBe(6);
    expect(kept).toBeGreaterThan(elements / 2);
  });

  it('agrees with zod on the elements of generated documents and on mutations of them', () => {
    fc.assert(
      fc.property(fc.oneof(topologyV2Arbitrary.map((d) => ({ doc: JSON.parse(serializeTopology(d)) as Record<string, unknown[]>, v1: false })), topologyV1Arbitrary.map((d) => ({ doc: JSON.parse(JSON.stringify(d)) as Record<string, unknown[]>, v1: true }))), fc.array(mutation, { maxLength: 6 }), ({ doc, v1 }, mutations) => {
        const schemas: Record<string, z.ZodMiniType> = v1 ? COLLECTION_SCHEMAS_V1 : COLLECTION_SCHEMAS;
        let m = 0;
        for (const [key, schema] of Object.entries(schemas)) {
          for (const element of doc[key] ?? []) {
            agrees(schema, element);
            const [pick, kind, replacement, extra] = mutations[m++ % Math.max(1, mutations.length)] ?? [0, 0, null, 'extra'];
            agrees(schema, mutate(element, pick, kind, replacement, extra));
          }
        }
      }),
      // Each run checks every element of a document twice (copying and reusing), with a mutation each.
      { numRuns: 100 },
    );
  });

  it('agrees with zod on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        for (const schema of Object.values(COLLECTION_SCHEMAS)) agrees(schema, value);
      }),
      { numRuns: 300 },
    );
  });
});
