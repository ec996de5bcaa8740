// The page's main thread while a large design comes in through each door (issue 12's goal: no task over
// 200 ms): a file chosen with Import, a share link, a design saved in the browser (restored at start).
// Long tasks are those the browser reports (PerformanceObserver 'longtask', over 50 ms), from the moment
// the input is given until the page has been quiet for a while; the harness's own work is left out (the
// file is handed over by path, the saved design written before the page loads).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { encodeShareLink } from '../app/domain/link/shareLink.ts';
import { generateTopology } from '../app/domain/generate.ts';
import { serializeTopology } from '../app/domain/serialize.ts';
import { BENCH_URL, freshPage, withBrowser } from './browser.ts';
import { AUTOSAVE_KEY } from '../app/ui/autosave.ts';
import { printTable } from './table.ts';
import { embedInPng } from '../app/io/imageEmbed.ts';
import { star } from './hardening.ts';
import { tinyPng } from '../app/io/testing/tinyPng.ts';

const NAME = 'Incoming design';
/** After the design shows, the page is watched this long: the rules, the pattern engine and the canvas's slices come after. */
const SETTLE_MS = 4000;

/** Watches the long tasks from now on (`buffered`: and those since the page began). */
const observe = (buffered: boolean) => `(() => {
  window.__long = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: ${buffered} });
})()`;

async function designShown(page: Page): Promise<void> {
  await page.getByRole('toolbar').getByLabel('Design name', { exact: true }).and(page.locator(`[value="${NAME}"]`)).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(SETTLE_MS);
}

/** Once the design shows and the page has settled: the long tasks seen, and the page closed. */
async function longTasksOnceShown(page: Page): Promise<number[]> {
  await designShown(page);
  const tasks = (await page.evaluate('window.__long')) as number[];
  await page.context().close();
  return tasks;
}

/** A page with the designer open and quiet, watching its main thread. */
async function quietDesigner(browser: Browser): Promise<Page> {
  const page = await freshPage(browser);
  await page.goto(BENCH_URL);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1500);
  await page.evaluate(observe(false));
  return page;
}

async function viaImport(browser: Browser, content: string | Uint8Array, name = 'incoming.json'): Promise<number[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'trunkline-bench-')), name);
  writeFileSync(file, content);
  const page = await quietDesigner(browser);
  await page.getByTestId('import-input').setInputFiles(file);
  return longTasksOnceShown(page);
}

async function viaLink(browser: Browser, fragment: string): Promise<number[]> {
  const page = await quietDesigner(browser);
  await page.evaluate((hash) => {
    location.hash = hash;
  }, fragment);
  return longTasksOnceShown(page);
}

async function viaSaved(browser: Browser, text: string): Promise<number[]> {
  const page = await freshPage(browser);
  // Written from a page of the same origin that is not the designer; then the designer starts on it.
  await page.goto(`${BENCH_URL}favicon.svg`);
  await page.evaluate(([key, saved]) => localStorage.setItem(key, saved), [AUTOSAVE_KEY, text] as const);
  await page.addInitScript(observe(true));
  await page.goto(BENCH_URL);
  return longTasksOnceShown(page);
}

export async function benchMainThread(): Promise<void> {
  const design = (nodes: number) => ({ ...generateTopology(nodes, 42), name: NAME });
  const rows: string[][] = [];
  const starLink = encodeShareLink({ ...star(10_000), name: NAME });
  const png = embedInPng(tinyPng(), serializeTopology(design(10_000)));
  await withBrowser(async (browser) => {
    const cases: [string, () => Promise<number[]>][] = [
      ['Import a file of 1,000 nodes (0.9 MB)', () => viaImport(browser, serializeTopology(design(1000)))],
      ['Import a file of 10,000 nodes (9.3 MB)', () => viaImport(browser, serializeTopology(design(10_000)))],
      ['Open a link of 10,000 nodes', () => viaLink(browser, encodeShareLink(design(10_000)))],
      // The short link: 10,000 nodes that repeat themselves, without positions (laid out in a worker).
      [`Open a link of 10,000 nodes in ${starLink.length} characters`, () => viaLink(browser, starLink)],
      // A PNG carries its design deflated: this one is a 1×1 picture, the smallest file that holds 10,000 nodes.
      [`Import a PNG of 10,000 nodes (${(png.length / 1048576).toFixed(1)} MB)`, () => viaImport(browser, png, 'incoming.png')],
      // The largest design the browser's storage holds (about 5 million characters); beside it, the designer's
      // own start, on a small design, for comparison.
      ['Start on a saved design of 4,000 nodes', () => viaSaved(browser, serializeTopology(design(4000)))],
      ['Start on a saved design of 20 nodes', () => viaSaved(browser, serializeTopology(design(20)))],
    ];
    for (const [what, run] of cases) {
      const tasks = await run();
      const over = tasks.filter((ms) => ms > 200);
      rows.push([what, `${Math.round(Math.max(0, ...tasks))} ms`, String(over.length), String(tasks.length), `${Math.round(tasks.reduce((a, b) => a + b, 0))} ms`]);
    }
  });
  console.log('\nThe main thread while a large design comes in (issue 12: no task over 200 ms; a start includes the designer\'s own start-up)');
  printTable(['door', 'longest task', 'tasks over 200 ms', 'tasks over 50 ms', 'all long tasks'], rows);
}
