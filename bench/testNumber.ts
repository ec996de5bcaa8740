// "Test a number" at scale in headless Chromium (issue 9's goal: each keystroke's outcome and canvas
// highlight under 50 ms): the generated 1,000-node design with 10,000 routes, the Routing workspace open,
// a number typed one key at a time. Each figure is the time from the key going down to the end of the
// frame that shows its outcome (the status text and the highlighted trunks), measured in the page.
import type { Page } from '@playwright/test';
import { generateRouting, generateTopology } from '../app/domain/generate.ts';
import { toCanonical } from '../app/domain/serialize.ts';
import { freshPage, openSaved, withBrowser, zoomToCard } from './browser.ts';
import { median, percentile, printTable } from './table.ts';

/** Routes r0, r4000 and r8000 match the whole number: every prefix is routed through all 10,000 routes. */
const NUMBER = '+12000001234';
/** The number is typed this many times: a loaded machine makes single keystrokes noisy. */
const ROUNDS = 3;

async function measure(page: Page, text: string, zoomIn: boolean): Promise<{ times: number[]; scripts: number[]; highlighted: number; drawn: number }> {
  await openSaved(page, text);
  await page.waitForTimeout(500);
  if (zoomIn) await zoomToCard(page);
  await page.getByRole('toolbar').getByRole('button', { name: 'Routing', exact: true }).click();
  const field = page.getByRole('region', { name: 'Test a number' }).getByRole('textbox', { name: 'Number' });
  await field.waitFor({ state: 'visible', timeout: 30_000 });
  // Wait for the pattern engine (loaded after the page starts): the outcome is then computed, not pending.
  await field.fill('0');
  await page.getByRole('region', { name: 'Test a number' }).getByRole('status').getByText('Normalization').waitFor({ timeout: 30_000 });
  await field.fill('');
  await page.waitForTimeout(300);
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__keys = [];
    window.__scripts = [];
    let t0 = 0;
    window.addEventListener('keydown', () => {
      t0 = performance.now();
      const started = t0;
      requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - started), 0));
    }, true);
    // After React's own listener (on the root, below the window): the outcome and highlight are rendered.
    // (An input with no key, as fill('') between rounds, is not counted.)
    window.addEventListener('input', () => {
      if (t0 > 0) window.__scripts.push(performance.now() - t0);
      t0 = 0;
    });
  })()`);
  await field.focus();
  for (let round = 0; round < ROUNDS; round++) {
    if (round > 0) {
      // Cleared between rounds (ending the highlight), outside the figures.
      await field.fill('');
      await page.waitForTimeout(300);
    }
    for (const key of NUMBER) {
      await page.keyboard.type(key);
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(300);
  }
  // The last round's highlight stays for the count below.
  const times = (await page.evaluate('window.__keys')) as number[];
  const scripts = (await page.evaluate('window.__scripts')) as number[];
  const highlighted = await page.locator('.react-flow__edge-trunk [data-highlight]').count();
  const drawn = await page.locator('.react-flow__edge-trunk').count();
  return { times, scripts, highlighted, drawn };
}

export async function benchTestNumber(): Promise<void> {
  const doc = generateRouting(generateTopology(1000, 42), { routes: 10_000, policies: 99, dialPlans: 99 });
  // Minified, as it fits the browser's storage.
  const text = JSON.stringify(toCanonical(doc));
  const rows: string[][] = [];
  await withBrowser(async (browser) => {
    for (const zoomIn of [false, true]) {
      const page = await freshPage(browser);
      const { times, scripts, highlighted, drawn } = await measure(page, text, zoomIn);
      if (process.env.BENCH_VERBOSE) console.log(`frame: ${times.map((t) => t.toFixed(1)).join(' ')}\nscript: ${scripts.map((t) => t.toFixed(1)).join(' ')}`);
      rows.push([
        zoomIn ? 'zoom 100%' : 'whole design', String(times.length), median(scripts).toFixed(1), Math.max(...scripts).toFixed(1),
        median(times).toFixed(1), percentile(times, 95).toFixed(1), Math.max(...times).toFixed(1), `${highlighted} of ${drawn} trunks drawn`,
      ]);
      await page.context().close();
    }
  });
  console.log(`\nTest a number in headless Chromium: ${doc.nodes.length.toLocaleString('en-US')} nodes, ${doc.trunks.length.toLocaleString('en-US')} trunks, 10,000 routes, global policy (every route); "${NUMBER}" typed a key at a time; ms from key down: script = outcome and highlight rendered, frame = the frame that shows them painted`);
  printTable(['view', 'keys', 'script median', 'script max', 'frame median', 'frame p95', 'frame max', 'highlighted at the end'], rows);
  console.log('Goal: each keystroke under 50 ms.');
}

if (import.meta.url === `file://${process.argv[1]}`) await benchTestNumber();
