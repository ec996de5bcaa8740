// Canvas speed in headless Chromium: time to first render and frame times while a node is dragged
// for two seconds, for the 210-node reference example and a generated 1,000-node design.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { generateTopology } from '../app/domain/generate.ts';
import { parseTopologyText } from '../app/domain/parse.ts';
import { serializeTopology } from '../app/domain/serialize.ts';
import { percentile, printTable } from './table.ts';

// BENCH_PORT lets two checkouts measure side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4190);
const DRAG_MS = 2000;

interface Figures {
  name: string;
  view: string;
  nodes: number;
  trunks: number;
  firstRender: number;
  mean: number;
  p95: number;
  frames: number;
}

/** Zooms in on the first gateway until its card is drawn at full size (zoom 100%), as a user at work would. */
async function zoomToCard(page: import('@playwright/test').Page): Promise<void> {
  const card = page.locator('.react-flow__node-pstnGateway').first();
  for (let i = 0; i < 60; i++) {
    const box = await card.boundingBox();
    if (!box || box.width >= 190) break;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(300);
}

async function measure(page: import('@playwright/test').Page, name: string, text: string, zoomIn: boolean): Promise<Figures> {
  const parsed = parseTopologyText(text);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  await page.addInitScript((saved) => {
    if (!sessionStorage.getItem('bench-seeded')) {
      localStorage.setItem('trunkline.autosave.v1', saved);
      sessionStorage.setItem('bench-seeded', '1');
    }
  }, text);
  const started = Date.now();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('.react-flow__node-mediationPool').first().waitFor({ state: 'visible', timeout: 60_000 });
  const firstRender = await page.evaluate(() => performance.now());
  void started;
  await page.waitForTimeout(500);
  if (zoomIn) await zoomToCard(page);
  const card = page.locator('.react-flow__node-pstnGateway').first();
  const box = await card.boundingBox();
  if (!box) throw new Error('no node to drag');
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
  const y0 = box.y + 10;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const t0 = Date.now();
  let step = 0;
  while (Date.now() - t0 < DRAG_MS) {
    step++;
    await page.mouse.move(x0 + 120 * Math.sin(step / 10), y0 + 80 * Math.cos(step / 13));
  }
  await page.mouse.up();
  const frames = (await page.evaluate('(() => { window.__recording = false; return window.__frames.slice(2); })()')) as number[];
  const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
  return { name, view: zoomIn ? 'zoom 100%' : 'whole design', nodes: parsed.doc.nodes.length, trunks: parsed.doc.trunks.length, firstRender, mean, p95: percentile(frames, 95), frames: frames.length };
}

export async function benchFrames(): Promise<void> {
  await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const designs = [
    { name: 'global-large.json', text: readFileSync(new URL('../../shared/examples/global-large.json', import.meta.url), 'utf8') },
    { name: 'generated 1,000 nodes', text: serializeTopology(generateTopology(1000, 42)) },
  ];
  const rows: string[][] = [];
  try {
    for (const design of designs) {
      for (const zoomIn of [false, true]) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const page = await context.newPage();
        const f = await measure(page, design.name, design.text, zoomIn);
        rows.push([f.name, f.view, String(f.nodes), String(f.trunks), f.firstRender.toFixed(0), f.mean.toFixed(1), f.p95.toFixed(1), String(f.frames)]);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  console.log(`\nCanvas in headless Chromium: first render (ms after navigation) and frame times while dragging a node for ${DRAG_MS / 1000} s`);
  printTable(['design', 'view', 'nodes', 'trunks', 'first render', 'mean frame', 'p95 frame', 'frames'], rows);
  console.log('Goal: p95 at most 16.7 ms at 210 nodes and 33 ms at 1,000 nodes.');
}
