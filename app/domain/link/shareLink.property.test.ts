// Robustness and losslessness of the share link, by fast-check: any text gets a verdict without
// throwing or hanging, damaged real links are refused or read, never crash, and every valid
// topology comes back byte for byte.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../parse.ts';
import { parseTopologyText } from '../parse.ts';
import { serializeTopology } from '../serialize.ts';
import { anyChar, topologyArbitrary as topology } from '../testing/arbitraries.ts';
import { base64urlDecode, base64urlEncode } from './base64url.ts';
import { encodeLayout } from './layout.ts';
import { decodeShareLink, encodeShareLink, wrapLayout } from './shareLink.ts';

const examples = ['contoso-small', 'fabrikam-medium', 'global-large'].map((name) => {
  const result = parseTopologyText(readFileSync(new URL(`../../../../shared/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.doc;
});
const links = examples.map(encodeShareLink);
const layouts = examples.map(encodeLayout);

/** Slower than this, a decode counts as hanging: generous, for a busy machine. */
const SLOW_MS = 2000;

/** Decodes and checks the verdict: no throw, no hang, and a refusal always says something. */
function verdict(text: string): ParseResult {
  const started = performance.now();
  const result = decodeShareLink(text);
  expect(performance.now() - started).toBeLessThan(SLOW_MS);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(problem.messageId.length).toBeGreaterThan(0);
  }
  return result;
}


const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

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
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('flip', 'set', 'delete', 'insert'), value: fc.nat({ max: 255 }) });
    fc.assert(
      fc.property(fc.nat({ max: 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        const bytes = [...layouts[which]!];
        for (const e of edits) {
          const i = e.at % bytes.length;
          if (e.kind === 'flip') bytes[i] = bytes[i]! ^ (1 << (e.value & 7));
          else if (e.kind === 'set') bytes[i] = e.value;
          else if (e.kind === 'delete') bytes.splice(i, 1);
          else bytes.splice(i, 0, e.value);
        }
        verdict(wrapLayout(new Uint8Array(bytes)));
      }),
      { numRuns: 2000 },
    );
  });
});
