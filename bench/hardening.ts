// The large inputs of issue 12, each measured in a process of its own so that its peak memory (max RSS)
// is its own: layout of 10,000 nodes without positions, a crowded frame, the hostile SVG, and the CLI on
// /dev/zero, on a 9 MB file and on a small one (its start-up).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTopology } from '../app/domain/generate.ts';
import type { Topology } from '../app/domain/model.ts';
import { serializeTopology } from '../app/domain/serialize.ts';
import { centralSite, doc, mediationPool, peer, trunk } from '../app/domain/testing/build.ts';
import { printTable } from './table.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

/** 1 Mediation pool and `count - 1` peers, one trunk each, no positions: the 449-character link. */
export function star(count: number): Topology {
  const { position: _p, ...pool } = mediationPool({ id: 'm', nextHopId: null });
  const peers = Array.from({ length: count - 1 }, (_, i) => peer({ id: `p${i}`, address: `gw${i}.contoso.com` }));
  return doc({ sites: [centralSite()], nodes: [pool, ...peers], trunks: peers.map((p, i) => trunk({ id: `t${i}`, name: `t${i}`, mediationId: 'm', peerId: p.id })) });
}

/** `count` placed cards in one framed site, in a staircase, and one card without a position: the 13 KB link. */
function crowded(count: number): Topology {
  const placed = Array.from({ length: count }, (_, i) => peer({ id: `p${i}`, address: `gw${i}.contoso.com`, position: { x: (i % 60) * 241, y: Math.floor(i / 60) * 117 + (i % 60) } }));
  const site = { ...centralSite(), frame: { x: -40, y: -76, width: 60 * 241 + 80, height: Math.ceil(count / 60) * 117 + 200 } };
  return doc({ sites: [site], nodes: [...placed, peer({ id: 'new', address: 'gw-new.contoso.com' })] });
}

/** One case, run in this process when called as `tsx bench/hardening.ts case NAME`: prints its time in ms. */
async function runCase(name: string): Promise<void> {
  const t0 = performance.now();
  if (name === 'layout-star') await (await import('../app/layout/autoLayout.ts')).autoLayout(star(10_000));
  else if (name === 'layout-sites') {
    const g = generateTopology(10_000);
    await (await import('../app/layout/autoLayout.ts')).autoLayout({ ...g, sites: g.sites.map(({ frame: _f, ...s }) => s), nodes: g.nodes.map(({ position: _p, ...n }) => n as typeof n) });
  } else if (name === 'layout-crowded') await (await import('../app/layout/autoLayout.ts')).autoLayout(crowded(8_000));
  else if (name.startsWith('svg-')) {
    const { extractFromSvg } = await import('../app/io/imageEmbed.ts');
    const megabytes = Number(name.slice(4));
    const text = `<svg>${'<metadata id="x" '.repeat(Math.floor((megabytes * 1048576) / 17))}`;
    const t1 = performance.now();
    extractFromSvg(text);
    console.log(performance.now() - t1);
    return;
  }
  console.log(performance.now() - t0);
}

/** Runs a command under /usr/bin/time: wall time and peak memory. */
function measured(command: string, args: string[], input?: string): { ms: number; maxRssMb: number; status: number | null; out: string } {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  const lines = result.stderr.trim().split('\n');
  return { ms, maxRssMb: Number(lines.at(-1)) / 1024, status: result.status, out: result.stdout.trim() };
}

export function benchHardening(): void {
  const rows: string[][] = [];
  const cases: [string, string][] = [
    ['layout-star', 'layout: 1 pool + 9,999 peers, no positions'],
    ['layout-sites', 'layout: 10,000 nodes in 1,000 sites, no positions'],
    ['layout-crowded', 'layout: 8,000 placed cards + 1 new in one frame'],
    ['svg-1', 'SVG: 1 MB of unclosed <metadata> tags'],
    ['svg-40', 'SVG: 40 MB of unclosed <metadata> tags'],
  ];
  for (const [name, what] of cases) {
    const run = measured(tsx, [fileURLToPath(import.meta.url), 'case', name]);
    rows.push([what, `${Math.round(Number(run.out.split('\n').at(-1)))} ms`, `${Math.round(run.maxRssMb)} MB`]);
  }
  const dir = mkdtempSync(join(tmpdir(), 'trunkline-bench-'));
  const bigFile = join(dir, 'big.json');
  writeFileSync(bigFile, serializeTopology(generateTopology(10_000, 42)));
  const bin = join(root, 'bin/trunkline.js');
  measured(process.execPath, [bin, '--help']); // builds the CLI if it is missing, outside the measures
  const cli: [string, string[]][] = [
    ['CLI: node with no script (the floor)', ['-e', '']],
    ['CLI: validate a small file (start-up)', [bin, 'validate', join(root, '../shared/examples/contoso-small.json')]],
    ['CLI: validate /dev/zero (exit 2)', [bin, 'validate', '/dev/zero']],
    ['CLI: validate a 9.3 MB file of 10,000 nodes', [bin, 'validate', bigFile]],
  ];
  for (const [what, args] of cli) {
    const times: number[] = [];
    let rss = 0;
    for (let i = 0; i < 3; i++) {
      const run = measured(process.execPath, args);
      times.push(run.ms);
      rss = Math.max(rss, run.maxRssMb);
    }
    rows.push([what, `${Math.round(Math.min(...times))} ms (best of 3)`, `${Math.round(rss)} MB`]);
  }
  console.log('\nLarge and hostile input (issue 12): each case in its own process; peak = max RSS\n');
  printTable(['case', 'time', 'peak memory'], rows);
}

if (process.argv[2] === 'case') await runCase(process.argv[3]!);
