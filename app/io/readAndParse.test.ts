import { describe, expect, it } from 'vitest';
import { parseTopologyText } from '../domain/parse.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { validDoc } from '../domain/testing/build.ts';
import { embedInSvg } from './imageEmbed.ts';
import { readAndParse } from './readAndParse.ts';

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
