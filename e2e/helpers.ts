// Helpers for driving the designer: the palette, the canvas, connections, the problems panel, seeding.
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const AUTOSAVE_KEY = 'trunkline.autosave.v1';
const SEEDED_FLAG = 'trunkline.e2e.seeded';

/**
 * The Playwright test, with a check after each test that the page threw no uncaught error:
 * a refused edit or bad input must never crash the designer.
 */
export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await use(errors);
      expect(errors.map((e) => e.message), 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export interface Point {
  x: number;
  y: number;
}

/** A palette item by its visible name ("Front End pool", "PSTN gateway", …). */
export function palette(page: Page, name: string): Locator {
  return page.getByLabel('Palette').getByRole('button', { name, exact: true });
}

export function pane(page: Page): Locator {
  return page.locator('.react-flow__pane');
}

export function node(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

export function edges(page: Page): Locator {
  // Trunks only: a Mediation pool's next hop is drawn as an edge of its own type.
  return page.locator('.react-flow__edge-trunk');
}

export function edge(page: Page, id: string): Locator {
  return page.locator(`.react-flow__edge[data-id="${id}"]`);
}

export function announcement(page: Page): Locator {
  return page.getByTestId('announcement');
}

/** Opens the designer and waits until React Flow has drawn and measured the design. */
export async function open(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.react-flow__viewport')).toBeVisible();
  await expect(page.locator('.react-flow__renderer')).toBeVisible();
  // Every design here has at least a site. Nodes are hidden until measured: wait for all to be visible.
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.locator('.react-flow__node:not([style*="visibility: hidden"])')).toHaveCount(await page.locator('.react-flow__node').count());
}

/**
 * Drops a palette item on the canvas at a point given relative to the pane's top-left corner.
 * `force` skips the hit-target check: the drop point may lie on a site frame, which covers the pane.
 */
export async function dropFromPalette(page: Page, name: string, at: Point): Promise<void> {
  await palette(page, name).dragTo(pane(page), { targetPosition: at, force: true });
}

/** The pane's position on the page, to turn pane-relative points into page points. */
export async function paneBox(page: Page) {
  const box = await pane(page).boundingBox();
  if (!box) throw new Error('canvas pane not visible');
  return box;
}

async function centre(locator: Locator): Promise<Point> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not visible: ${locator.toString()}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function handle(page: Page, nodeId: string): Locator {
  return page.locator(`.react-flow__node[data-id="${nodeId}"] .react-flow__handle`);
}

/**
 * Draws a connection from one node's handle to another's with pointer events.
 * `whileDragging` runs with the button still down, over the target.
 */
export async function connect(page: Page, fromNodeId: string, toNodeId: string, whileDragging?: () => Promise<void>): Promise<void> {
  const from = await centre(handle(page, fromNodeId));
  const to = await centre(handle(page, toNodeId));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  if (whileDragging) await whileDragging();
  await page.mouse.up();
}

/** Drags a node card by its body (not its handle) by a screen offset; one drag. */
export async function dragNode(page: Page, nodeId: string, dx: number, dy: number): Promise<void> {
  const box = await node(page, nodeId).boundingBox();
  if (!box) throw new Error(`node ${nodeId} not visible`);
  const x = box.x + box.width * 0.35;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 20 });
  await page.mouse.up();
}

/** The node's position in canvas coordinates, from React Flow's transform. */
export async function nodePosition(page: Page, nodeId: string): Promise<Point> {
  const transform = await node(page, nodeId).evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no translate in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** The text of the problems panel's counts, e.g. "1 error, 0 warnings". */
export async function problemCounts(page: Page): Promise<string> {
  return ((await page.getByTestId('problem-counts').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

export function problemCountsLocator(page: Page): Locator {
  return page.getByTestId('problem-counts');
}

/** The data-id of every drawn node of a kind ("frontEndPool", "pstnGateway", "site", …). */
export async function nodeIds(page: Page, kind: string): Promise<string[]> {
  return page.locator(`.react-flow__node-${kind}`).evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
}

/** The label of every drawn trunk, in document order. */
export async function trunkLabels(page: Page): Promise<string[]> {
  return page.locator('.react-flow__edge text.trunk__label').allTextContents();
}

export function trunkLabel(page: Page, trunkId: string): Locator {
  return edge(page, trunkId).locator('text.trunk__label');
}

/**
 * Puts a document (or raw text) in the autosave slot before the app's first start in this page.
 * Seeds once per tab, so that a reload shows what the app itself saved since.
 */
export async function seed(page: Page, doc: unknown): Promise<void> {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
  await page.addInitScript(
    ([key, flag, value]) => {
      if (sessionStorage.getItem(flag)) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem(flag, '1');
    },
    [AUTOSAVE_KEY, SEEDED_FLAG, text] as const,
  );
}

export interface SavedTrunk {
  id: string;
  name: string;
  mediationId: string;
  peerId: string;
  transport: string;
  mediationPort: number;
  peerPort: number;
  root: boolean;
}

export interface SavedDocument {
  name: string;
  nodes: { id: string; kind: string; siteId: string; position?: Point }[];
  trunks: SavedTrunk[];
}

/** The design the app last autosaved, parsed; null when there is none or it is not JSON. */
export async function savedDocument(page: Page): Promise<SavedDocument | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
  if (text === null) return null;
  try {
    return JSON.parse(text) as SavedDocument;
  } catch {
    // Not written by the app (yet): a seeded unreadable text.
    return null;
  }
}

/** The midpoint of a drawn trunk's line, in page coordinates. */
export async function edgeMidpoint(page: Page, trunkId: string): Promise<Point> {
  return page.getByTestId(`trunk-${trunkId}`).locator('path.react-flow__edge-path').evaluate((el) => {
    const path = el as SVGPathElement;
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM();
    if (!m) throw new Error('no screen matrix');
    return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
  });
}

/** Whether a box lies wholly within another. */
export function within(inner: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Waits until the autosaved design holds a trunk between these two nodes, and returns it. */
export async function savedTrunk(page: Page, mediationId: string, peerId: string): Promise<SavedTrunk> {
  let found: SavedTrunk | undefined;
  await expect
    .poll(async () => {
      found = (await savedDocument(page))?.trunks.find((t) => t.mediationId === mediationId && t.peerId === peerId);
      return found !== undefined;
    }, { message: `a saved trunk ${mediationId} → ${peerId}` })
    .toBe(true);
  return found!;
}
