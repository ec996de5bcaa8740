import { describe, expect, it } from 'vitest';
import { parseTopologyText } from '../domain/parse.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { validDoc } from '../domain/testing/build.ts';
import { embedInPng, embedInSvg } from './imageEmbed.ts';
import { decodeShareLink, encodeShareLink, layoutExceeds } from '../domain/link/shareLink.ts';
import { generateTopology } from '../domain/generate.ts';
import { decodeLink, parseText, readAndParse, readsOffThread } from './readAndParse.ts';
import { WORKER_FROM_BYTES, WORKER_FROM_LINK_CHARS } from './workerSizes.ts';
import { tinyPng } from './testing/tinyPng.ts';

describe('readAndParse', () => {
  it('reads and parses a file; without a Worker (node) it does so in place', async () => {
    const outcome = await readAndParse(new File([serializeTopology(validDoc())], 'a.json'), parseTopologyText);
    expect(outcome).toEqual({ kind: 'parsed', parsed: { ok: true, doc: validDoc() } });
  });

  it('refuses an image without a design, and parses the design of an SVG', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
    expect(await readAndParse(new File([svg], 'a.svg'), parseTopologyText)).toMatchObject({ kind: 'unsupported', read: { code: 'noDesign' } });
    const withDesign = embedInSvg(svg, serializeTopology(validDoc()));
    expect(await readAndParse(new File([withDesign], 'b.svg'), parseTopologyText)).toEqual({ kind: 'parsed', parsed: { ok: true, doc: validDoc() } });
  });

  it('returns the parser\'s problems for a refused file', async () => {
    const outcome = await readAndParse(new File(['nope'], 'a.json'), parseTopologyText);
    expect(outcome.kind === 'parsed' && !outcome.parsed.ok && outcome.parsed.problems[0]!.path).toBe('$');
  });
});

describe('readsOffThread', () => {
  it('reads a small file here, and off the thread one from the worker size up', async () => {
    expect(await readsOffThread(new File([serializeTopology(validDoc())], 'a.json'))).toBe(false);
    expect(await readsOffThread(new File([new Uint8Array(WORKER_FROM_BYTES - 1)], 'b.json'))).toBe(false);
    expect(await readsOffThread(new File([new Uint8Array(WORKER_FROM_BYTES)], 'c.json'))).toBe(true);
  });

  it('reads a PNG off the thread whatever its size: a few kilobytes can hold a large design, deflated', async () => {
    const design = serializeTopology(generateTopology(1000, 7));
    const png = embedInPng(tinyPng(), design);
    expect(png.length).toBeLessThan(design.length / 10);
    expect(await readsOffThread(new File([png], 'small.png'))).toBe(true);
    // The content decides, not the name.
    expect(await readsOffThread(new File([png], 'design.json'))).toBe(true);
    expect(await readsOffThread(new File([embedInSvg('<svg xmlns="http://www.w3.org/2000/svg"></svg>', serializeTopology(validDoc()))], 'small.svg'))).toBe(false);
  });
});

describe('decodeLink', () => {
  it('decodes a long link (a worker\'s length) to the design it carries; without a Worker (node) in place', async () => {
    const design = generateTopology(2000, 7);
    const fragment = encodeShareLink(design);
    expect(fragment.length).toBeGreaterThanOrEqual(WORKER_FROM_LINK_CHARS);
    expect(await decodeLink(fragment, { decodeShareLink, layoutExceeds })).toEqual(decodeShareLink(fragment));
    expect(await decodeLink(fragment, { decodeShareLink, layoutExceeds })).toMatchObject({ ok: true, doc: { nodes: { length: 2000 } } });
  });

  it('returns the codec\'s problems for a damaged link', async () => {
    const result = await decodeLink('v2.damaged', { decodeShareLink, layoutExceeds });
    expect(result.ok).toBe(false);
  });
});

describe('parseText', () => {
  it('parses a text as the parser does; without a Worker (node) in place', async () => {
    const text = serializeTopology(validDoc());
    expect(await parseText(text, parseTopologyText)).toEqual(parseTopologyText(text));
    expect((await parseText('{', parseTopologyText)).ok).toBe(false);
  });
});
