// Canvas speed in headless Chromium: time to first render and frame times while a node is dragged
// for two seconds, for the 210-node reference example and generated 1,000- and 3,000-node designs;
// and how long Export SVG and Export PNG take in the browser, with the pictures' sizes.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { generateTopology } from '../app/domain/generate.ts';
import { parseTopologyText } from '../app/domain/parse.ts';
import { serializeTopology } from '../app/domain/serialize.ts';
import { freshPage, nodeNearCentre, openSaved, withBrowser, zoomToCard, type DrawnNode } from './browser.ts';
import { median, percentile, printTable } from './table.ts';

const DRAG_MS = 2000;

interface Figures {
  name: string;
  view: string;
  nodes: number;
  trunks: number;
  firstRender: number;
  dragged: string;
  mean: number;
  p95: number;
  frames: number;
}

/** What a drag grabs: the gateway card nearest the centre of the view, or on a site map the site block nearest it. */
async function dragTarget(page: Page): Promise<{ what: string; node: DrawnNode }> {
  const card = await nodeNearCentre(page, 'pstnGateway');
  if (card) return { what: 'card', node: card };
  const site = await nodeNearCentre(page, 'site');
  if (!site) throw new Error('nothing to drag in view');
  return { what: 'site block', node: site };
}

/** Where React Flow has put a node (its transform), to tell that a drag moved it. */
const nodeTransform = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((element) => (element as HTMLElement).style.transform);

async function measure(page: Page, name: string, text: string, zoomIn: boolean): Promise<Figures> {
  const parsed = parseTopologyText(text);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  // The design is drawn once its first element shows (a card, or a site block on a site map).
  const firstRender = await openSaved(page, text);
  await page.waitForTimeout(500);
  if (zoomIn) await zoomToCard(page);
  const { what, node } = await dragTarget(page);
  const { box } = node;
  const before = await nodeTransform(page, node.id);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const x0 = box.x + box.width / 2;
  const y0 = box.y + Math.min(10, box.height / 4);
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const t0 = Date.now();
  let step = 0;
  while (Date.now() - t0 < DRAG_MS) {
    step++;
    await page.mouse.move(x0 + 120 * Math.sin(step / 10), y0 + 80 * Math.cos(step / 13));
  }
  await page.mouse.up();
  // A drag that grabbed nothing measures an idle page.
  if ((await nodeTransform(page, node.id)) === before) throw new Error(`${name}: the drag did not move ${what} ${node.id}`);
  const frames = (await page.evaluate('(() => { window.__recording = false; return window.__frames.slice(2); })()')) as number[];
  const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
  return { name, view: zoomIn ? 'zoom 100%' : 'whole design', nodes: parsed.doc.nodes.length, trunks: parsed.doc.trunks.length, firstRender, dragged: what, mean, p95: percentile(frames, 95), frames: frames.length };
}

/** Export SVG and Export PNG of one design, clicked in the toolbar: time to the download, and its size. */
async function measureExports(page: Page, text: string): Promise<string[][]> {
  await openSaved(page, text);
  await page.waitForTimeout(500);
  const rows: string[][] = [];
  for (const kind of ['SVG', 'PNG', 'SVG', 'PNG']) {
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('toolbar').getByRole('button', { name: `Export ${kind}`, exact: true }).click()]);
    const file = await download.path();
    const ms = Date.now() - started;
    const { size } = await import('node:fs').then((fs) => fs.promises.stat(file));
    rows.push([`Export ${kind}`, `${(size / 1024).toFixed(0)} KB`, ms.toFixed(0)]);
  }
  return rows;
}

/** First render of one design in `runs` fresh pages (no cache, as a first visit): each run's figure, in order. */
async function firstRenders(browser: Browser, text: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await freshPage(browser);
    times.push(await openSaved(page, text));
    await page.context().close();
  }
  return times;
}

export async function benchFrames(): Promise<void> {
  const northwind = readFileSync(new URL('../../shared/examples/global-large.json', import.meta.url), 'utf8');
  const designs = [
    { name: 'global-large.json', text: northwind, zooms: [false, true] },
    { name: 'generated 1,000 nodes', text: serializeTopology(generateTopology(1000, 42)), zooms: [false, true] },
    { name: 'generated 3,000 nodes', text: serializeTopology(generateTopology(3000, 42)), zooms: [false] },
  ];
  const rows: string[][] = [];
  let thousandFirst: number[] = [];
  const exports = await withBrowser(async (browser) => {
    thousandFirst = await firstRenders(browser, designs[1]!.text, 5);
    for (const design of designs) {
      for (const zoomIn of design.zooms) {
        const page = await freshPage(browser);
        const f = await measure(page, design.name, design.text, zoomIn);
        rows.push([f.name, f.view, String(f.nodes), String(f.trunks), f.firstRender.toFixed(0), f.dragged, f.mean.toFixed(1), f.p95.toFixed(1), String(f.frames)]);
        await page.context().close();
      }
    }
    const page = await freshPage(browser, { acceptDownloads: true });
    const pictures = await measureExports(page, northwind);
    await page.context().close();
    return pictures;
  });
  console.log(`\nCanvas in headless Chromium: first render (ms after navigation, by the page's clock: the frame that first paints an element of the design) and frame times while dragging for ${DRAG_MS / 1000} s`);
  printTable(['design', 'view', 'nodes', 'trunks', 'first render', 'dragged', 'mean frame', 'p95 frame', 'frames'], rows);
  const sorted = [...thousandFirst].sort((a, b) => a - b);
  console.log(`First render of 1,000 nodes in five fresh pages: median ${median(thousandFirst).toFixed(0)} ms (${sorted[0]!.toFixed(0)}–${sorted.at(-1)!.toFixed(0)})`);
  console.log('Goals: p95 at most 16.7 ms at 210 nodes, 33 ms with 1,000 nodes in view, 50 ms with 3,000; first render of 1,000 nodes at most 800 ms.');
  console.log('\nPictures of global-large.json in headless Chromium (toolbar click to finished download, two runs each)');
  printTable(['export', 'size', 'ms'], exports);
  console.log('Goals: SVG at most 600 KB and 1 s, PNG at most 1 s.');
}
