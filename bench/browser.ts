// What the browser sections of `npm run bench` share: the app built once per run into its own folder (a test
// run may be serving dist/ meanwhile), served on BENCH_PORT and opened in Debian's Chromium; a page opened on
// a saved design; and the zoom a user at work would have.
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';

/** BENCH_PORT lets two checkouts on one machine run the bench side by side. */
const PORT = Number(process.env.BENCH_PORT ?? 4190);
/** The designer, as the bench serves it. */
export const BENCH_URL = `http://127.0.0.1:${PORT}/`;
const OUT_DIR = 'node_modules/.bench-dist';
/** How long the browser's own work for a new window lasts here (traces show it done within 1.5 s). */
const NEW_WINDOW_MS = 2500;

let built: Promise<unknown> | null = null;

/** Runs `measure` with Chromium and the served app, then closes both. */
export async function withBrowser<T>(measure: (browser: Browser) => Promise<T>): Promise<T> {
  built ??= build({ logLevel: 'warn', build: { outDir: OUT_DIR } });
  await built;
  const server = await preview({ build: { outDir: OUT_DIR }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    return await measure(browser);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/**
 * A page in a context of its own (an empty cache: a first visit), once the browser is done with its own work
 * for the new window. Debian's Chromium is the full browser run headless: for a new window it builds its
 * address bar's popup as web pages of its own (about 400 requests and a second of compiling, seen in traces
 * of one run in three), on the two cores the page under test needs. A user's window did that long before.
 */
export async function freshPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, ...options })).newPage();
  await page.waitForTimeout(NEW_WINDOW_MS);
  return page;
}

/**
 * Opens the designer on `text` as the autosaved design, and waits until the design is drawn (its first element
 * shows). Returns when, by the page's own clock (ms after navigation), the frame that first painted an element
 * of the design began: Playwright's own polling from outside comes later, by its round trips and by whatever
 * the page does after that frame.
 */
export async function openSaved(page: Page, text: string): Promise<number> {
  await page.addInitScript((saved) => {
    if (!sessionStorage.getItem('bench-seeded')) {
      localStorage.setItem('trunkline.autosave.v1', saved);
      sessionStorage.setItem('bench-seeded', '1');
    }
    const drawn = new MutationObserver(() => {
      if (!document.querySelector('.react-flow__node')) return;
      drawn.disconnect();
      requestAnimationFrame((frame) => ((window as unknown as { benchFirstNode: number }).benchFirstNode = frame));
    });
    drawn.observe(document, { childList: true, subtree: true });
  }, text);
  await page.goto(BENCH_URL);
  await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { benchFirstNode: number }).benchFirstNode);
}

/**
 * Zooms in on the first gateway until its card is drawn at full size (zoom 100%), as a user at work
 * would; on a site map (no cards drawn) it zooms in on the first site until the cards appear.
 */
export async function zoomToCard(page: Page): Promise<void> {
  const card = page.locator('.react-flow__node-pstnGateway').first();
  const site = page.locator('.react-flow__node-site').first();
  for (let i = 0; i < 80; i++) {
    const box = (await card.count()) > 0 ? await card.boundingBox() : await site.boundingBox();
    if (!box) break;
    if ((await card.count()) > 0 && box.width >= 190) break;
    await page.mouse.move(box.x + Math.min(box.width / 2, 100), box.y + Math.min(box.height / 2, 40));
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(300);
}
