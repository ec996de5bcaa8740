// Pictures drawn from the model, and a canvas people can read: Northwind exported as SVG and PNG and
// imported again, trunks attached to the facing sides of their cards while a card is dragged, next
// hops drawn, levels of detail, the minimap clear of the design, keyboard adds into free space.
import type { Locator, Page } from '@playwright/test';
import { frontEndPool, gateway, gatewayWithTwoTrunks, mediationPool, topology } from './fixtures.ts';
import { node, open, palette, seed } from './helpers.ts';
import { PNG_SIGNATURE, designName, downloadFrom, exampleText, expect, importFile, openAt, test } from './data-helpers.ts';

const NORTHWIND = 'global-large';

async function openNorthwind(page: Page): Promise<void> {
  await seed(page, exampleText(NORTHWIND));
  await openAt(page);
  await expect(designName(page)).toHaveValue(JSON.parse(exampleText(NORTHWIND)).name as string);
}

for (const kind of ['SVG', 'PNG'] as const) {
  test(`Export ${kind} of Northwind re-imports to the same design`, async ({ page, freshPage }) => {
    test.slow();
    await openNorthwind(page);
    const json = await downloadFrom(page, 'Export JSON');
    const picture = await downloadFrom(page, `Export ${kind}`);
    if (kind === 'SVG') {
      const text = picture.bytes.toString('utf8');
      expect(text.startsWith('<svg')).toBe(true);
      expect(picture.bytes.length, 'SVG size').toBeLessThanOrEqual(600 * 1024);
      // Drawn from the model: every card's name is there as text.
      expect(text).toContain('>Front End 1</text>');
    } else {
      expect(picture.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      // IHDR: width and height, within what every browser's canvas can hold.
      const width = picture.bytes.readUInt32BE(16);
      const height = picture.bytes.readUInt32BE(20);
      expect(width * height).toBeLessThanOrEqual(4096 * 4096);
      expect(Math.min(width, height)).toBeGreaterThan(1000);
    }
    const other = await freshPage();
    await openAt(other);
    await importFile(other, picture.file);
    await expect(designName(other)).toHaveValue(JSON.parse(exampleText(NORTHWIND)).name as string);
    const again = await downloadFrom(other, 'Export JSON');
    expect(again.bytes.equals(json.bytes), `JSON from the ${kind} identical to the original export`).toBe(true);
  });
}

type Side = 'left' | 'right' | 'top' | 'bottom';

/** The side of box `a` that faces box `b`, as the floating edges choose it (centre line through the box). */
function facingSide(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): Side {
  const dx = b.x + b.width / 2 - (a.x + a.width / 2);
  const dy = b.y + b.height / 2 - (a.y + a.height / 2);
  if (Math.abs(dx) * a.height >= Math.abs(dy) * a.width) return dx >= 0 ? 'right' : 'left';
  return dy >= 0 ? 'bottom' : 'top';
}

function onSide(box: { x: number; y: number; width: number; height: number }, p: { x: number; y: number }, side: Side): boolean {
  const tol = 2;
  const withinX = p.x >= box.x - tol && p.x <= box.x + box.width + tol;
  const withinY = p.y >= box.y - tol && p.y <= box.y + box.height + tol;
  if (side === 'left') return Math.abs(p.x - box.x) <= tol && withinY;
  if (side === 'right') return Math.abs(p.x - (box.x + box.width)) <= tol && withinY;
  if (side === 'top') return Math.abs(p.y - box.y) <= tol && withinX;
  return Math.abs(p.y - (box.y + box.height)) <= tol && withinX;
}

/** A trunk's two ends on the page. */
async function trunkEnds(page: Page, id: string) {
  return page.getByTestId(`trunk-${id}`).locator('path.react-flow__edge-path').evaluate((el) => {
    const path = el as SVGPathElement;
    const m = path.getScreenCTM()!;
    const at = (p: DOMPoint) => ({ x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f });
    return { start: at(path.getPointAtLength(0)), end: at(path.getPointAtLength(path.getTotalLength())) };
  });
}

async function expectAttached(page: Page, trunkId: string, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  const { start, end } = await trunkEnds(page, trunkId);
  expect(onSide(a, start, facingSide(a, b)), `${trunkId} leaves ${facingSide(a, b)} side`).toBe(true);
  expect(onSide(b, end, facingSide(b, a)), `${trunkId} arrives on ${facingSide(b, a)} side`).toBe(true);
  return { fromSide: facingSide(a, b), toSide: facingSide(b, a) };
}

test('dragging a card keeps its trunks attached to the sides that face each other', async ({ page }) => {
  await seed(page, gatewayWithTwoTrunks());
  await open(page);
  const fe = node(page, 'fe1');
  const med = node(page, 'med1');
  const gw = node(page, 'gw1');
  expect((await expectAttached(page, 't1', fe, gw)).fromSide).toBe('right');
  await expectAttached(page, 't2', med, gw);

  // Drag the gateway between the two pools: the trunks now leave through the cards' bottom and top.
  const g = (await gw.boundingBox())!;
  const f = (await fe.boundingBox())!;
  const m = (await med.boundingBox())!;
  const x = g.x + g.width * 0.35;
  const y = g.y + g.height / 2;
  const targetX = f.x + g.width * 0.35;
  const targetY = (f.y + f.height + m.y) / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move((x + targetX) / 2, (y + targetY) / 2, { steps: 10 });
  // Halfway, while the card moves, the trunks follow it.
  await expectAttached(page, 't1', fe, gw);
  await page.mouse.move(targetX, targetY, { steps: 10 });
  await page.mouse.up();
  expect(await expectAttached(page, 't1', fe, gw)).toEqual({ fromSide: 'bottom', toSide: 'top' });
  expect(await expectAttached(page, 't2', med, gw)).toEqual({ fromSide: 'top', toSide: 'bottom' });
});

test("a Mediation pool's next hop is a thin line of its own, not a trunk, not selectable", async ({ page }) => {
  await seed(page, gatewayWithTwoTrunks());
  await open(page);
  const hop = page.locator('.react-flow__edge-nextHop');
  await expect(hop).toHaveCount(1);
  await expect(hop).toHaveAttribute('data-id', 'nexthop:med1');
  await expect(hop).not.toHaveClass(/\bselectable\b/);
  await expect(hop.locator('path.next-hop')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge-trunk')).toHaveCount(2);
});

test('Northwind at fit view is a site map clear of the minimap; zoomed in, blocks and then full cards', async ({ page }) => {
  test.slow();
  await openNorthwind(page);
  const canvas = page.locator('.canvas');
  await expect(canvas).toHaveClass(/canvas--site/);
  await expect(page.locator('.site-frame--map')).toHaveCount(100);
  await expect(page.locator('.react-flow__edge-bundle').first()).toBeAttached();
  // Problems show at every zoom: Northwind is clean, so no site carries a mark.
  await expect(page.locator('.site-map__mark')).toHaveCount(0);

  const minimap = (await page.locator('.react-flow__minimap').boundingBox())!;
  const sites = await page.locator('.react-flow__node-site').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  for (const s of sites) {
    const overlaps = s.x < minimap.x + minimap.width && minimap.x < s.x + s.width && s.y < minimap.y + minimap.height && minimap.y < s.y + s.height;
    expect(overlaps, 'a site under the minimap').toBe(false);
  }

  // Zoom in on the first site: first blocks with one large label, then full cards.
  // The point under the pointer stays put while zooming: the site's centre stays in view.
  const box = (await page.locator('.react-flow__node-site').first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (const level of ['block', 'full']) {
    for (let i = 0; i < 60 && !(await canvas.getAttribute('class'))!.includes(`canvas--${level}`); i++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(40);
    }
    await expect(canvas).toHaveClass(new RegExp(`canvas--${level}`));
  }
  await expect(page.locator('.node-card__address').first()).toBeVisible();
});

test('the minimap can be hidden, and stays hidden after a reload', async ({ page }) => {
  await seed(page, gatewayWithTwoTrunks());
  await open(page);
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await page.getByRole('button', { name: 'Hide minimap' }).click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show minimap' }).click();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});

test('elements added with the keyboard land in free space near the centre, never on each other', async ({ page }) => {
  await seed(page, topology('Empty site', [frontEndPool('fe0', 40, 80), mediationPool('med0', 40, 300, 'fe0', 1), gateway('gw0', 700, 80, 'gw00.contoso.com')]));
  await open(page);
  for (const name of ['Front End pool', 'PSTN gateway', 'Mediation pool']) {
    await palette(page, name).focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.react-flow__node:not(.react-flow__node-site)')).toHaveCount(6);
  const boxes = await page.locator('.react-flow__node:not(.react-flow__node-site)').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlaps = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlaps, `cards ${i} and ${j} overlap`).toBe(false);
    }
  }
});
