import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTopologyText } from '../domain/parse.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { extractFromReport } from '../io/reportEmbed.ts';
import { psTokenize } from '../handoff/psTokenize.ts';
import { runCli } from './main.ts';
import { parseHandoffArgs } from './handoff.ts';

const CONTOSO = readFileSync(new URL('../../../shared/examples/contoso-small.json', import.meta.url), 'utf8');
const TIME = ['--generated-at', '2026-12-01T12:00:00Z'];

/** contoso-small with a Front End pool whose FQDN is not one: an error (FQDN_INVALID). */
function withError(): string {
  const doc = JSON.parse(CONTOSO) as { nodes: { fqdn?: string }[] };
  doc.nodes.find((n) => n.fqdn !== undefined)!.fqdn = 'not a fqdn';
  return JSON.stringify(doc);
}

function run(argv: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  let stdout = '';
  const status = runCli(['handoff', ...argv], {
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path]!;
    },
    readStdin: () => files['-'] ?? '',
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    writeFile: (path, text) => void (written[path] = text),
    writeOut: (text) => void (stdout += text),
  });
  return { status, out, err, written, stdout };
}

describe('trunkline handoff', () => {
  it('writes the script, the build sheet and the report', () => {
    const r = run(['d.json', '--script', 'o.ps1', '--build-sheet', 'o.html', '--report', 'r.html', ...TIME], { 'd.json': CONTOSO });
    expect(r.status).toBe(0);
    expect(r.err).toEqual([]);
    expect(Object.keys(r.written)).toEqual(['o.ps1', 'o.html', 'r.html']);
    expect(r.written['o.ps1']).toContain("$TrunklineGeneratedAt = '2026-12-01T12:00:00Z'");
    expect(r.written['o.ps1']).toContain('$TrunklineDesignErrors = @()');
    expect(r.written['o.html']).toContain('<h1>Topology Builder build sheet</h1>');
    // The report carries the design: reading it back gives the same canonical JSON.
    const parsed = parseTopologyText(extractFromReport(r.written['r.html']!)!);
    const original = parseTopologyText(CONTOSO);
    expect(parsed.ok && original.ok && serializeTopology(parsed.doc)).toBe(original.ok && serializeTopology(original.doc));
  });

  it('writes standard output with "-"', () => {
    const r = run(['d.json', '--build-sheet', '-', ...TIME], { 'd.json': CONTOSO });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('exits 2 with one line for an unreadable design', () => {
    const missing = run(['nope.json', '--script', 'o.ps1'], {});
    expect(missing).toMatchObject({ status: 2, err: ['trunkline handoff: the design cannot be read: $: cannot read nope.json: no such file'], written: {} });
    const broken = run(['d.json', '--script', 'o.ps1'], { 'd.json': '{"format":"trunkline.topology","schemaVersion":2,"name":1,"sites":3,"nodes":"x"}' });
    expect(broken.status).toBe(2);
    expect(broken.err).toHaveLength(1);
    expect(broken.err[0]).toMatch(/^trunkline handoff: the design cannot be read: .+ \(and \d+ more: npm run validate -- d\.json lists them\)$/);
    expect(broken.written).toEqual({});
  });

  it('refuses a design with errors unless --force, and the forced script lists them', () => {
    const refused = run(['d.json', '--script', 'o.ps1'], { 'd.json': withError() });
    expect(refused.status).toBe(1);
    expect(refused.written).toEqual({});
    expect(refused.err[0]).toMatch(/refused: the design has 1 error/);
    expect(refused.err[1]).toMatch(/^ {2}FQDN_INVALID: /);

    const forced = run(['d.json', '--script', 'o.ps1', '--force', ...TIME], { 'd.json': withError() });
    expect(forced.status).toBe(0);
    const header = forced.written['o.ps1']!.split('\n').find((l) => l.startsWith('$TrunklineDesignErrors'))!;
    const listed = psTokenize(header).flatMap((t) => (t.kind === 'string' ? [t.value] : []));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(/^FQDN_INVALID: .*not a fqdn/);
  });

  it('refuses bad arguments with status 2 and the usage', () => {
    expect(parseHandoffArgs(['d.json'])).toMatch(/at least one output/);
    expect(parseHandoffArgs(['d.json', '--script'])).toBe('--script needs a value');
    expect(parseHandoffArgs(['d.json', '--script', '-', '--report', '-'])).toMatch(/only one output/);
    expect(parseHandoffArgs(['d.json', '--script', 'x', '--generated-at', 'yesterday'])).toMatch(/UTC time/);
    expect(parseHandoffArgs(['d.json', '--pdf', 'x'])).toBe('unknown option --pdf');
    expect(parseHandoffArgs(['a', 'b', '--script', 'x'])).toMatch(/one design file/);
    const r = run(['d.json'], { 'd.json': CONTOSO });
    expect(r.status).toBe(2);
    expect(r.err[1]).toMatch(/^usage: npm run handoff/);
  });
});
