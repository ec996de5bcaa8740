// What the browser sections of `npm run bench` share: the app built once per run into its own folder (a test
// run may be serving dist/ meanwhile), served on BENCH_PORT and opened in Debian's Chromium; a page opened on
// a saved design; and the zoom a user at work would have.
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { AUTOSAVE_KEY } from '../app/ui/autosave.ts';

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
  await page.addInitScript(([key, saved]) => {
    if (!sessionStorage.getItem('bench-seeded')) {
      localStorage.setItem(key, saved);
      sessionStorage.setItem('bench-seeded', '1');
    }
    const drawn = new MutationObserver(() => {
      if (!document.querySelector('.react-flow__node')) return;
      drawn.disconnect();
      requestAnimationFrame((frame) => ((window as unknown as { benchFirstNode: number }).benchFirstNode = frame));
    });
    drawn.observe(document, { childList: true, subtree: true });
  }, [AUTOSAVE_KEY, text] as const);
  await page.goto(BENCH_URL);
  await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { benchFirstNode: number }).benchFirstNode);
}

/** A node drawn on the canvas: its id and where it is on the page. */
export interface DrawnNode {
  id: string;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * The node of React Flow's `type` ('pstnGateway', 'site') whose centre is nearest the pane's centre, among
 * those wholly inside the pane; null when none is. (The first in the document may sit under the toolbar or
 * at the pane's edge, where a wheel zooms nothing and a drag scrolls the canvas.)
 */
export async function nodeNearCentre(page: Page, type: string): Promise<DrawnNode | null> {
  return page.evaluate((selector) => {
    const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
    if (!pane) return null;
    const cx = pane.x + pane.width / 2;
    const cy = pane.y + pane.height / 2;
    let best: { id: string; box: { x: number; y: number; width: number; height: number } } | null = null;
    let bestDistance = Infinity;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const r = element.getBoundingClientRect();
      if (r.width === 0 || r.x < pane.x || r.y < pane.y || r.right > pane.right || r.bottom > pane.bottom) continue;
      const distance = Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { id: element.dataset.id ?? '', box: { x: r.x, y: r.y, width: r.width, height: r.height } };
      }
    }
    return best;
  }, `.react-flow__node-${type}`);
}

/**
 * Zooms in on the gateway nearest the centre of the view until its card is drawn at full size (zoom 100%),
 * as a user at work would; on a site map (no cards drawn) it zooms in on the site nearest the centre until
 * cards appear. Throws when it cannot get there: figures taken at the wrong zoom would lie.
 */
export async function zoomToCard(page: Page): Promise<void> {
  for (let i = 0; i < 80; i++) {
    const card = await nodeNearCentre(page, 'pstnGateway');
    if (card && card.box.width >= 190) {
      await page.waitForTimeout(300);
      return;
    }
    const target = card ?? (await nodeNearCentre(page, 'site'));
    if (!target) break;
    await page.mouse.move(target.box.x + target.box.width / 2, target.box.y + target.box.height / 2);
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(30);
  }
  throw new Error('zoomToCard: no gateway card reached full size');
}
