// Robustness and losslessness of the share link, by fast-check: any text gets a verdict without
// throwing or hanging, damaged real links are refused or read, never crash, and every valid
// topology comes back byte for byte.
import { asFormat1 } from '../testing/format1.ts';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../parse.ts';
import { parseTopologyText } from '../parse.ts';
import { serializeTopology } from '../serialize.ts';
import { anyChar, topologyArbitrary as topology, topologyV2Arbitrary } from '../testing/arbitraries.ts';
import { base64urlDecode, base64urlEncode } from './base64url.ts';
import { routingRichDesign } from './fixtures/routingRich.ts';
import { encodeLayout, encodeLayoutV2 } from './layout.ts';
import { type LinkReading, decodeShareLink, encodeShareLink, readShareLink, wrapLayout } from './shareLink.ts';

const examples = ['contoso-small', 'fabrikam-medium', 'global-large'].map((name) => {
  const result = parseTopologyText(readFileSync(new URL(`../../../../shared/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.doc;
});
const links = examples.map(encodeShareLink);
const layouts = examples.map((doc) => encodeLayout(asFormat1(doc)));

/** Slower than this, a decode counts as hanging: generous, for a busy machine. */
const SLOW_MS = 2000;

/**
 * Decodes and checks the verdict: no throw, no hang, and a refusal always says something. `read`
 * stops before the parser, for links whose documents the parser does not read yet (format 2).
 */
function verdict<R extends ParseResult | LinkReading>(text: string, read: (fragment: string) => R = decodeShareLink as (fragment: string) => R): R {
  const started = performance.now();
  const result = read(text);
  expect(performance.now() - started).toBeLessThan(SLOW_MS);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(problem.messageId.length).toBeGreaterThan(0);
  }
  return result;
}

/** A version-2 verdict: damage is LinkDamage with its key, never the decoder's own failure. */
function verdictV2(text: string): LinkReading {
  const result = verdict(text, readShareLink);
  if (!result.ok) for (const problem of result.problems) expect(problem.messageId).not.toBe('link.unreadable');
  return result;
}


const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** One to three edits of a layout's bytes: a bit flipped, a byte set, deleted or inserted. */
const byteEdits = fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'set', 'delete', 'insert'), value: fc.nat({ max: 255 }) }), { minLength: 1, maxLength: 3 });

function damage(layout: Uint8Array, edits: readonly { at: number; kind: string; value: number }[]): Uint8Array {
  const bytes = [...layout];
  for (const e of edits) {
    const i = e.at % Math.max(1, bytes.length);
    if (e.kind === 'flip') bytes[i] = (bytes[i] ?? 0) ^ (1 << (e.value & 7));
    else if (e.kind === 'set') bytes[i] = e.value;
    else if (e.kind === 'delete') bytes.splice(i, 1);
    else bytes.splice(i, 0, e.value);
  }
  return new Uint8Array(bytes);
}

// ---------------------------------------------------------------------------------------------
// Valid topologies, wider than parse.property.test.ts's: any Unicode (lone surrogates too), ids and
// names with digit runs of every shape, fractional coordinates, every enumeration value, optional
// keys absent or present and empty.

/** One UTF-16 unit or code point at a time, lone surrogates and digits included. */
describe('share link robustness (fast-check)', { timeout: 60_000 }, () => {
  it('round-trips every valid topology byte for byte', () => {
    fc.assert(
      fc.property(topology, (generated) => {
        const text = serializeTopology(generated);
        const parsed = parseTopologyText(text);
        // The generator must make documents the parser accepts; otherwise the property proves nothing.
        if (!parsed.ok) throw new Error(`generated document refused: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
        const back = decodeShareLink(encodeShareLink(parsed.doc));
        if (!back.ok) throw new Error(`link refused: ${JSON.stringify(back.problems.slice(0, 3))}`);
        expect(serializeTopology(back.doc)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives any text a verdict, never throwing or hanging', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: anyChar, maxLength: 100 }),
      fc.stringMatching(/^#?t[0-9]{1,3}\.[A-Za-z0-9_-]{0,300}$/),
      fc.tuple(fc.constantFrom('t1.', 't2.', 't01.', 't1.t1.'), fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 300 })).map(([a, b]) => a + b),
    );
    fc.assert(fc.property(text, (t) => void verdict(t)), { numRuns: 3000 });
  });

  it('gives any layout bytes behind a correct check code a verdict', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void verdict(wrapLayout(bytes))), { numRuns: 3000 });
  });

  it('reads or refuses every truncation of a real link', () => {
    fc.assert(
      fc.property(fc.nat({ max: links.length - 1 }), fc.nat(), (which, cut) => {
        const link = links[which]!;
        const result = verdict(link.slice(0, cut % link.length));
        // Anything shorter than the whole link loses data the check code covers.
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('reads or refuses a real link with one character changed, or one bit of its bytes flipped', () => {
    fc.assert(
      fc.property(fc.nat({ max: links.length - 1 }), fc.nat(), fc.nat({ max: 63 }), fc.boolean(), (which, at, replacement, bitFlip) => {
        const link = links[which]!;
        if (bitFlip) {
          const decoded = base64urlDecode(link.slice(3));
          if (!decoded.ok) throw new Error('a real link must decode');
          const bytes = decoded.bytes.slice();
          const bit = at % (bytes.length * 8);
          bytes[bit >> 3] = bytes[bit >> 3]! ^ (1 << (bit & 7));
          verdict(`t1.${base64urlEncode(bytes)}`);
        } else {
          const i = at % link.length;
          verdict(link.slice(0, i) + ALPHABET[replacement]! + link.slice(i + 1));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('reads or refuses damaged layouts of real documents that carry a correct check code', () => {
    // The check code stops nearly all damage at the door; this reaches the layout decoder with it.
    fc.assert(
      fc.property(fc.nat({ max: 1 }), byteEdits, (which, edits) => void verdict(wrapLayout(damage(layouts[which]!, edits)))),
      { numRuns: 2000 },
    );
  });
});

describe('share link version 2 (fast-check)', { timeout: 120_000 }, () => {
  it('round-trips every format-2 document exactly', () => {
    fc.assert(
      fc.property(topologyV2Arbitrary, (doc) => {
        const link = encodeShareLink(doc);
        expect(link.startsWith('t2.')).toBe(true);
        const back = readShareLink(link);
        if (!back.ok) throw new Error(`link refused: ${JSON.stringify(back.problems.slice(0, 3))}`);
        expect(back.version).toBe(2);
        // As JSON documents (-0 is 0 in JSON), whatever the order of keys.
        expect(JSON.parse(JSON.stringify(back.value))).toStrictEqual(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives any layout bytes behind a correct check code a verdict', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void verdictV2(wrapLayout(bytes, undefined, 2))), { numRuns: 3000 });
  });

  it('reads or refuses damaged layouts of real format-2 documents that carry a correct check code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(encodeLayoutV2(routingRichDesign())), topologyV2Arbitrary.map(encodeLayoutV2)), byteEdits, (layout, edits) => {
        verdictV2(wrapLayout(damage(layout, edits), undefined, 2));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every truncation of a real version-2 link', () => {
    const link = encodeShareLink(routingRichDesign());
    fc.assert(
      fc.property(fc.nat(), (cut) => {
        expect(verdictV2(link.slice(0, cut % link.length)).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
