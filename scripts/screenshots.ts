// README screenshots of Northwind (../shared/examples/global-large.json): fit view, 50 % and 100 %.
// npx tsx scripts/screenshots.ts  (SHOTS_PORT picks the preview port; writes docs/northwind-*.png)
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { AUTOSAVE_KEY } from '../app/ui/autosave.ts';

const PORT = Number(process.env.SHOTS_PORT ?? 4197);

async function zoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.e+-]+)\)/.exec(transform)![1]);
}

/** Wheels at `at` until the zoom is `target` (within 1 %); d3-zoom scales by 2^(-deltaY × 0.002). */
async function zoomTo(page: Page, target: number, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 40; i++) {
    const z = await zoom(page);
    if (Math.abs(z - target) / target < 0.01) break;
    const delta = -Math.log2(target / z) / 0.002;
    await page.mouse.wheel(0, Math.max(-400, Math.min(400, delta)));
    await page.waitForTimeout(80);
  }
  await page.waitForTimeout(500);
}

// Its own output folder: a test run may be serving dist/ meanwhile.
const outDir = 'node_modules/.screenshots-dist';
await build({ logLevel: 'warn', build: { outDir } });
const server = await preview({ build: { outDir }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const text = readFileSync(new URL('../../shared/examples/global-large.json', import.meta.url), 'utf8');
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await page.addInitScript(([key, saved]) => localStorage.setItem(key, saved), [AUTOSAVE_KEY, text] as const);
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('.react-flow__node').first().waitFor({ state: 'visible' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/northwind-fit.png' });
  const site = (await page.locator('.react-flow__node-site').first().boundingBox())!;
  const at = { x: site.x + site.width / 2, y: site.y + site.height / 2 };
  await zoomTo(page, 0.5, at);
  await page.screenshot({ path: 'docs/northwind-50.png' });
  await zoomTo(page, 1, at);
  await page.screenshot({ path: 'docs/northwind-100.png' });
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
