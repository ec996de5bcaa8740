import { describe, expect, it } from 'vitest';
import { serializeTopology } from '../domain/serialize.ts';
import { peer, validDoc, withChange } from '../domain/testing/build.ts';
import { runValidator } from './validator.ts';

function run(argv: string[], files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const status = runValidator(argv, {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    readStdin: () => stdin,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { status, out, err };
}

const clean = serializeTopology(validDoc());
const tlsToIp = serializeTopology(withChange((d) => (d.nodes[1] = peer({ address: '10.0.0.5' }))));

describe('runValidator', () => {
  it('exits 0 on a clean document and prints a summary', () => {
    const { status, out, err } = run(['a.json'], { 'a.json': clean });
    expect(status).toBe(0);
    expect(err).toEqual([]);
    expect(out.at(-1)).toMatch(/0 errors, 0 warnings/);
  });

  it('exits 1 and names the trunk, the gateway and the rule', () => {
    const { status, out } = run(['a.json'], { 'a.json': tlsToIp });
    expect(status).toBe(1);
    const text = out.join('\n');
    expect(text).toContain('TRUNK_TLS_IP_PEER');
    expect(text).toContain('"gw01-5067"');
    expect(text).toContain('10.0.0.5');
    expect(out.at(-1)).toMatch(/Summary: 1 error/);
  });

  it('prints JSON diagnostics with --json, from standard input', () => {
    const { status, out } = run(['-', '--json'], {}, tlsToIp);
    expect(status).toBe(1);
    const report = JSON.parse(out.join('\n')) as { diagnostics: { rule: string; severity: string; targets: string[] }[] };
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ rule: 'TRUNK_TLS_IP_PEER', severity: 'error', targets: ['t1', 'gw1'] }));
  });

  it.each([
    ['not JSON', 'nope', /^\$: this is not JSON/],
    ['an unknown key', clean.replace('"name": "Test"', '"name": "Test", "colour": 1'), /^colour: /],
    ['a dangling reference', clean.replace('"peerId": "gw1"', '"peerId": "gw9"'), /^trunks\[0\]\.peerId: no node "gw9"/],
    ['version 99', clean.replace('"schemaVersion": 2', '"schemaVersion": 99'), /^schemaVersion: .*version 99.*version 2/],
  ])('exits 2 on %s with one line per problem, each with its path', (_name, text, line) => {
    const { status, out, err } = run(['bad.json'], { 'bad.json': text });
    expect(status).toBe(2);
    expect(out).toEqual([]);
    expect(err.length).toBeGreaterThan(0);
    expect(err[0]).toMatch(line);
  });

  it('exits 2 on a missing file or bad arguments', () => {
    expect(run(['missing.json'], {}).status).toBe(2);
    expect(run([], {}).status).toBe(2);
    expect(run(['a', 'b'], {}).status).toBe(2);
  });
});
