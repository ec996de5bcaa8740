import { describe, expect, it } from 'vitest';
import { parseTopologyText } from '../domain/parse.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { validDoc } from '../domain/testing/build.ts';
import { extractFromSvg } from '../io/imageEmbed.ts';
import { parseRenderArgs, runRender } from './render.ts';

function run(argv: string[], files: Record<string, string>) {
  const written: Record<string, string> = {};
  const errors: string[] = [];
  let stdout = '';
  const status = runRender(argv, {
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path]!;
    },
    readStdin: () => files['-'] ?? '',
    writeFile: (path, text) => void (written[path] = text),
    out: (text) => void (stdout += text),
    err: (line) => void errors.push(line),
  });
  return { status, written, errors, stdout };
}

describe('npm run render', () => {
  const text = serializeTopology(validDoc());

  it('writes an SVG that carries the design', () => {
    const { status, written } = run(['d.json', '-o', 'out.svg'], { 'd.json': text });
    expect(status).toBe(0);
    const back = extractFromSvg(written['out.svg']!);
    const parsed = parseTopologyText(back!);
    expect(parsed.ok && serializeTopology(parsed.doc)).toBe(text);
  });

  it('reads standard input and writes standard output with "-"', () => {
    const { status, stdout } = run(['-', '-o', '-', '--theme', 'dark'], { '-': text });
    expect(status).toBe(0);
    expect(stdout.startsWith('<svg')).toBe(true);
  });

  it('refuses bad arguments, missing files and invalid designs with status 2', () => {
    expect(parseRenderArgs(['d.json'])).toBeNull();
    expect(parseRenderArgs(['d.json', '-o', 'x.png'])).toBeNull();
    expect(parseRenderArgs(['d.json', '-o', 'x.svg', '--theme', 'pink'])).toBeNull();
    expect(run(['nope.json', '-o', 'x.svg'], {})).toMatchObject({ status: 2, errors: ['$: cannot read nope.json: no such file'] });
    const bad = run(['d.json', '-o', 'x.svg'], { 'd.json': '{"format":"x"}' });
    expect(bad.status).toBe(2);
    expect(bad.errors.length).toBeGreaterThan(0);
    expect(bad.written).toEqual({});
  });
});
