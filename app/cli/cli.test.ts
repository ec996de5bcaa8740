import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeTopology } from '../domain/serialize.ts';
import { templateById } from '../domain/templates.ts';
import { validDoc } from '../domain/testing/build.ts';
import { MAX_IMPORT_BYTES } from '../io/readImportFile.ts';
import { runCli } from './main.ts';
import { readFileLimited } from './readLimited.ts';
import { MAX_ECHO, MAX_LINE, escapeControls, printable } from './terminal.ts';
import { MAX_INPUT_BYTES, TOO_LARGE } from './validator.ts';

function run(argv: string[], read: (path: string) => string) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runCli(argv, { readFile: read, readStdin: () => read('-'), out: (l) => out.push(l), err: (l) => err.push(l), writeFile: fail, writeOut: fail });
  return { status, out, err };
}

const fail = () => {
  throw new Error('validate and route write no file');
};

/** Control characters other than the line feeds between lines. */
const rawControls = (text: string) => [...text].filter((c) => c !== '\n' && (c < ' ' || c === '\u007f'));

const tooLarge = () => {
  throw Object.assign(new Error('too large'), { code: TOO_LARGE });
};

describe('reading with a limit (issue 12: /dev/zero grew to 17 GB)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trunkline-cli-'));

  it('refuses a file over the limit, and reads one at the limit', () => {
    writeFileSync(join(dir, 'big'), 'x'.repeat(1001));
    writeFileSync(join(dir, 'fits'), 'y'.repeat(1000));
    expect(readFileLimited(join(dir, 'big'), 1000)).toEqual({ ok: false, tooLarge: true });
    expect(readFileLimited(join(dir, 'fits'), 1000)).toEqual({ ok: true, text: 'y'.repeat(1000) });
  });

  it('reads past its first buffer as the file grows larger, to the limit and no further', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `${i} é\n`).join('');
    writeFileSync(join(dir, 'grows'), text);
    const bytes = Buffer.byteLength(text);
    expect(readFileLimited(join(dir, 'grows'), bytes)).toEqual({ ok: true, text });
    expect(readFileLimited(join(dir, 'grows'), bytes - 1)).toEqual({ ok: false, tooLarge: true });
    expect(readFileLimited('/dev/zero', 200_000)).toEqual({ ok: false, tooLarge: true });
  });

  it('stops an endless file after the limit plus one byte', () => {
    expect(readFileLimited('/dev/zero', 4096)).toEqual({ ok: false, tooLarge: true });
  });

  it('drops a byte-order mark, as the designer does', () => {
    writeFileSync(join(dir, 'bom'), '\ufeff{}');
    expect(readFileLimited(join(dir, 'bom'), 1000)).toEqual({ ok: true, text: '{}' });
  });

  it('uses the designer\'s import limit', () => {
    expect(MAX_INPUT_BYTES).toBe(MAX_IMPORT_BYTES);
  });
});

describe('readable output is safe for a terminal', () => {
  it('escapes control characters instead of printing them', () => {
    expect(escapeControls('a\u001b[2Jb\u0007c\u009bd\u202ee\r\n')).toBe('a\\u001b[2Jb\\u0007c\\u009bd\\u202ee\\u000d\\u000a');
    expect(escapeControls('Zürich 東京')).toBe('Zürich 東京');
  });

  it('cuts quoted values and long lines, with an ellipsis', () => {
    const line = printable(`name "${'n'.repeat(5000)}" and "short"`);
    expect(line).toBe(`name "${'n'.repeat(MAX_ECHO)}…" and "short"`);
    expect(printable(`${'k'.repeat(5000)}: unknown key`)).toHaveLength(MAX_LINE + 1);
  });

  it('prints a hostile design name escaped and cut, and the exit status still says errors', () => {
    const doc = { ...validDoc(), name: `\u001b]0;pwned\u0007\u001b[2J${'x'.repeat(180)}` };
    const { status, out } = run(['validate', 'a.json'], () => serializeTopology(doc));
    expect(status).toBe(0);
    expect(rawControls(out.join('\n'))).toEqual([]);
    expect(out[0]).toContain('\\u001b]0;pwned\\u0007\\u001b[2J');
  });

  it('escapes and cuts what a refused file echoes on standard error', () => {
    const text = serializeTopology(validDoc()).replace('"name": "Test"', `"name": "Test", "\\u001b[2J${'k'.repeat(5000)}": 1`);
    const { status, err } = run(['validate', 'a.json'], () => text);
    expect(status).toBe(2);
    expect(rawControls(err.join('\n'))).toEqual([]);
    expect(err.join('\n')).toContain('\\u001b[2J');
    for (const line of err) expect(line.length).toBeLessThanOrEqual(MAX_LINE + 1);
  });

  it('exits 2 with one line when the input is too large', () => {
    const { status, out, err } = run(['validate', 'big.json'], tooLarge);
    expect(status).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['$: big.json holds more than 10 MB; a topology may be 10 MB at most']);
  });
});

describe('the trunkline command', () => {
  it('dispatches to a command, and explains itself without one', () => {
    expect(run(['validate', 'a.json'], () => serializeTopology(validDoc())).status).toBe(0);
    const none = run([], () => '');
    expect(none.status).toBe(2);
    expect(none.err.join('\n')).toContain('validate');
    const unknown = run(['rout\u001b'], () => '');
    expect(unknown.status).toBe(2);
    expect(unknown.err[0]).toBe('trunkline: unknown command "rout\\u001b"');
    expect(run(['--help'], () => '').status).toBe(0);
  });

  it('runs built: /dev/zero exits 2 with one line, a good file exits 0', () => {
    const bin = fileURLToPath(new URL('../../bin/trunkline.js', import.meta.url));
    const zero = spawnSync(process.execPath, [bin, 'validate', '/dev/zero'], { encoding: 'utf8', timeout: 60_000 });
    expect(zero.status).toBe(2);
    expect(zero.stderr.trim().split('\n')).toEqual(['$: /dev/zero holds more than 10 MB; a topology may be 10 MB at most']);
    const stdin = spawnSync(process.execPath, [bin, 'validate', '-', '--json'], { input: serializeTopology(validDoc()), encoding: 'utf8', timeout: 60_000 });
    expect(stdin.status).toBe(0);
    expect(JSON.parse(stdin.stdout)).toEqual({ diagnostics: [] });
  }, 120_000);

  it('runs built: routes a number through a design with routing (re2js required on first use)', () => {
    const bin = fileURLToPath(new URL('../../bin/trunkline.js', import.meta.url));
    const twoSites = serializeTopology(templateById('two-site-routing')!.build());
    const args = [bin, 'route', '-', '--number', '0100', '--dial-plan', 'site:Redmond', '--policy', 'site:Redmond', '--json'];
    const routed = spawnSync(process.execPath, args, { input: twoSites, encoding: 'utf8', timeout: 60_000 });
    expect(routed.stderr).toBe('');
    expect(routed.status).toBe(0);
    expect(JSON.parse(routed.stdout)).toMatchObject({ normalization: { rule: '4 digit', number: '+14255550100' }, firstRoute: { id: 'r-rdm-local' } });
  }, 120_000);
});
