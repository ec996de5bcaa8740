// Adding elements from the palette: by drag and drop, and by keyboard.
import { dropFromPalette, expect, node, nodeIds, open, palette, paneBox, problemCountsLocator, test } from './helpers.ts';

/** The id a new design gives its one central site. */
const SITE = 'central1';

test('dragging a Front End pool and a gateway from the palette puts them where dropped, inside the central site', async ({ page }) => {
  await open(page);
  const counts = problemCountsLocator(page);
  // A new design: one central site without a Front End pool (CENTRAL_SITE_NO_POOL).
  await expect(counts).toHaveText('1 error, 0 warnings');
  await expect(page.locator('.react-flow__node-frontEndPool, .react-flow__node-pstnGateway')).toHaveCount(0);

  const siteBox = (await node(page, SITE).boundingBox())!;
  const paneAt = await paneBox(page);
  const drops = {
    frontEndPool: { x: siteBox.x + siteBox.width * 0.3, y: siteBox.y + siteBox.height * 0.5 },
    pstnGateway: { x: siteBox.x + siteBox.width * 0.72, y: siteBox.y + siteBox.height * 0.45 },
  };

  await dropFromPalette(page, 'Front End pool', { x: drops.frontEndPool.x - paneAt.x, y: drops.frontEndPool.y - paneAt.y });
  await expect(page.locator('.react-flow__node-frontEndPool')).toHaveCount(1);
  // The pool has collocated Mediation and no trunk yet (MEDIATION_UNUSED); the site now has a pool.
  await expect(counts).toHaveText('0 errors, 1 warning');

  await dropFromPalette(page, 'PSTN gateway', { x: drops.pstnGateway.x - paneAt.x, y: drops.pstnGateway.y - paneAt.y });
  await expect(page.locator('.react-flow__node-pstnGateway')).toHaveCount(1);
  // A gateway without a trunk has no root trunk (PEER_ROOT_TRUNK).
  await expect(counts).toHaveText('1 error, 1 warning');

  for (const kind of ['frontEndPool', 'pstnGateway'] as const) {
    const [id] = await nodeIds(page, kind);
    const box = (await node(page, id!).boundingBox())!;
    const zoom = box.width / 200; // a card is 200 canvas units wide
    const drop = drops[kind];
    // The card is centred on the drop point (its nominal 76-unit height, whatever its content adds),
    // snapped to the canvas's 10-unit grid: at most 5 units off, plus a pixel for the event's whole coordinates.
    const tolerance = 5 * zoom + 1.5;
    expect(Math.abs(box.x + box.width / 2 - drop.x), `${kind} horizontal centre`).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(box.y + 38 * zoom - drop.y), `${kind} vertical centre`).toBeLessThanOrEqual(tolerance);
    // Inside the site's frame.
    expect(box.x).toBeGreaterThanOrEqual(siteBox.x);
    expect(box.y).toBeGreaterThanOrEqual(siteBox.y);
    expect(box.x + box.width).toBeLessThanOrEqual(siteBox.x + siteBox.width);
    expect(box.y + box.height).toBeLessThanOrEqual(siteBox.y + siteBox.height);
  }
  // The site counts them as its members; the last one dropped is selected.
  await expect(node(page, SITE)).toContainText('2 nodes');
  await expect(page.locator('.react-flow__node-pstnGateway')).toHaveClass(/\bselected\b/);
  await expect(page.locator('.react-flow__node-frontEndPool')).not.toHaveClass(/\bselected\b/);
});

test('a focused palette item inserts its element with Enter or Space, and a mouse click inserts nothing', async ({ page }) => {
  await open(page);
  const mediation = page.locator('.react-flow__node-mediationPool');
  const gateways = page.locator('.react-flow__node-pstnGateway');

  // A click with the mouse is the start of a drag, not an insertion.
  await palette(page, 'Mediation pool').click();
  await expect(mediation).toHaveCount(0);

  await palette(page, 'Mediation pool').focus();
  await expect(palette(page, 'Mediation pool')).toBeFocused();
  await page.keyboard.press('Enter');
  // Exactly one: Enter must not also fire the button's click.
  await expect(mediation).toHaveCount(1);
  await expect(mediation).toHaveClass(/\bselected\b/);
  await expect(mediation).toBeInViewport();

  await palette(page, 'PSTN gateway').focus();
  await page.keyboard.press('Space');
  await expect(gateways).toHaveCount(1);
  await expect(mediation).toHaveCount(1);

  // Both went into the central site, which is the only site.
  await expect(page.locator('.react-flow__node-site')).toHaveCount(1);
  await expect(node(page, SITE)).toContainText('2 nodes');
});
