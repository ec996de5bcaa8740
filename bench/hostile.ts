// Time and peak memory of the parser on hostile files of issue 12, at full size: each case runs in a
// child process of its own (tsx bench/hostile.ts CASE), whose peak resident memory is its own figure.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { printTable } from './table.ts';

const site = { id: 'hq', name: 'HQ', kind: 'central' };
const document = (parts: Record<string, unknown>) => JSON.stringify({ format: 'trunkline.topology', schemaVersion: 1, name: 'x', sites: [site], nodes: [], trunks: [], ...parts });

const CASES: Record<string, { label: string; text: () => string; jitless?: boolean }> = {
  directors: {
    // 9,500 rather than 10,000, so that the text stays under the 10 MB a topology may have.
    label: '9,500 directors × 500 servers that are 0',
    text: () => document({ nodes: Array.from({ length: 9_500 }, (_, i) => ({ id: `d${i}`, kind: 'director', siteId: 'hq', fqdn: 'd.x', servers: Array<number>(500).fill(0) })) }),
  },
  emptyTrunks: { label: '50,000 empty trunks', text: () => document({ trunks: Array.from({ length: 50_000 }, () => ({})) }) },
  oneKey: {
    label: '200,000 faults under one key',
    text: () => document({ nodes: Array.from({ length: 10_000 }, (_, i) => ({ id: `d${i}`, kind: 'director', siteId: 'hq', fqdn: 'd.x', servers: Array<number>(20).fill(0) })) }),
  },
  oneKeyJitless: {
    label: 'the same, zod jitless as in the browser',
    jitless: true,
    text: () => document({ nodes: Array.from({ length: 10_000 }, (_, i) => ({ id: `d${i}`, kind: 'director', siteId: 'hq', fqdn: 'd.x', servers: Array<number>(20).fill(0) })) }),
  },
  duplicateKeys: { label: '1,000,000 keys written twice', text: () => `{"format": "trunkline.topology", ${'"a": 0, '.repeat(1_000_000)}"a": 0}` },
};

async function runCase(name: string): Promise<void> {
  // zod reads its engine mode when a schema is built: set it before the parser is loaded.
  if (CASES[name]!.jitless) z.config({ jitless: true });
  const { parseTopologyText } = await import('../app/domain/parse.ts');
  const text = CASES[name]!.text();
  const t0 = performance.now();
  const result = parseTopologyText(text);
  const ms = performance.now() - t0;
  const problems = result.ok ? 0 : result.problems.length;
  console.log(JSON.stringify({ chars: text.length, ms, problems, peakMB: process.resourceUsage().maxRSS / 1024 }));
}

export function benchHostile(): void {
  console.log('\nHostile files (parse time; peak resident memory of a process that builds the text and parses it)\n');
  const rows: string[][] = [];
  for (const [name, { label }] of Object.entries(CASES)) {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], { encoding: 'utf8' });
    const { chars, ms, problems, peakMB } = JSON.parse(out.trim().split('\n').pop()!) as { chars: number; ms: number; problems: number; peakMB: number };
    rows.push([label, `${(chars / 1e6).toFixed(1)} MB`, `${ms.toFixed(0)} ms`, `${peakMB.toFixed(0)} MB`, String(problems)]);
  }
  printTable(['file', 'text', 'parse', 'peak memory', 'problems'], rows);
}

const name = process.argv[2];
if (name && name in CASES && process.argv[1] === fileURLToPath(import.meta.url)) await runCase(name);
