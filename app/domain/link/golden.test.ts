// Links shared before now must keep opening, forever, to exactly the documents they held. The goldens
// were made by link version 1's codec before its split (by a script of commit 0a94368, removed once format 2 made every document a format-2 one) and are never
// regenerated: a codec change that alters what these bytes mean fails here.
import { asFormat1 } from '../testing/format1.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTopologyText } from '../parse.ts';
import { toCanonical } from '../serialize.ts';
import { base64urlDecode } from './base64url.ts';
import { decompress } from './compress.ts';
import { encodeLayout } from './layout.ts';
import { MAX_LAYOUT_BYTES, decodeShareLink } from './shareLink.ts';

interface Golden {
  name: string;
  link: string;
  /** The document as the canonical serializer wrote it when the link was made. */
  document: unknown;
}

const goldens = JSON.parse(readFileSync(new URL('./fixtures/golden-links.json', import.meta.url), 'utf8')) as Golden[];

/** The layout bytes inside a version-1 link, past its prefix and check code. */
function layoutOf(link: string): Uint8Array {
  const decoded = base64urlDecode(link.slice('t1.'.length));
  if (!decoded.ok) throw new Error(decoded.problem.messageId);
  return decompress(decoded.bytes.subarray(4), MAX_LAYOUT_BYTES);
}

describe('golden share links', () => {
  it('cover the examples, the templates, the edge cases and seeded arbitrary designs', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(28);
    expect(goldens.filter((g) => g.name.startsWith('template ')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(goldens.map((g) => [g.name, g] as const))('%s opens to exactly its document', (_name, golden) => {
    const result = decodeShareLink(golden.link);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    // A link opens to the very document its format-1 file opens to: migrated to format 2.
    const file = parseTopologyText(JSON.stringify(golden.document));
    if (!file.ok) throw new Error(JSON.stringify(file.problems.slice(0, 3)));
    expect(file.migratedFrom).toBe(1);
    expect(JSON.stringify(toCanonical(result.doc))).toBe(JSON.stringify(toCanonical(file.doc)));
  });

  // While version 1 is the version written, its encoder must still write these very bytes.
  it.each(goldens.map((g) => [g.name, g] as const))('%s is what the encoder still writes', (_name, golden) => {
    const parsed = parseTopologyText(JSON.stringify(golden.document));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    expect(encodeLayout(asFormat1(parsed.doc))).toEqual(layoutOf(golden.link));
  });
});
