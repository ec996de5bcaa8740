// The autosave: a design survives a reload, and an unreadable saved design does not stop the app.
import { AUTOSAVE_KEY, dropFromPalette, expect, node, nodeIds, open, palette, paneBox, problemCounts, savedDocument, seed, test } from './helpers.ts';

test('the design is saved automatically and restored after a reload', async ({ page }) => {
  await open(page);
  const site = (await node(page, 'central1').boundingBox())!;
  const at = await paneBox(page);
  await dropFromPalette(page, 'Front End pool', { x: site.x - at.x + site.width * 0.25, y: site.y - at.y + site.height * 0.4 });
  await dropFromPalette(page, 'PSTN gateway', { x: site.x - at.x + site.width * 0.75, y: site.y - at.y + site.height * 0.4 });
  await palette(page, 'Mediation pool').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar').getByLabel('Design name', { exact: true }).fill('Saved design');
  await page.getByRole('toolbar').getByLabel('Design name', { exact: true }).blur();

  const kinds = ['site', 'frontEndPool', 'pstnGateway', 'mediationPool'] as const;
  const before = Object.fromEntries(await Promise.all(kinds.map(async (k) => [k, await nodeIds(page, k)] as const)));
  expect(before.frontEndPool).toHaveLength(1);
  expect(before.pstnGateway).toHaveLength(1);
  expect(before.mediationPool).toHaveLength(1);
  const positions = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => [el.getAttribute('data-id'), (el as HTMLElement).style.transform]));
  const counts = await problemCounts(page);

  // Saved within half a second of the last change.
  await page.waitForTimeout(700);
  const saved = await savedDocument(page);
  expect(saved?.name).toBe('Saved design');
  expect(saved?.nodes.map((n) => n.id).sort()).toEqual([...before.frontEndPool!, ...before.pstnGateway!, ...before.mediationPool!].sort());

  await page.reload();
  await expect(page.locator('.react-flow__node-frontEndPool')).toHaveCount(1);
  for (const kind of kinds) expect(await nodeIds(page, kind), kind).toEqual(before[kind]);
  await expect(page.getByRole('toolbar').getByLabel('Design name', { exact: true })).toHaveValue('Saved design');
  expect(await problemCounts(page)).toBe(counts);
  expect(await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => [el.getAttribute('data-id'), (el as HTMLElement).style.transform]))).toEqual(positions);
  // A restored design starts a fresh history, and no notice.
  await expect(page.getByRole('toolbar').getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an unreadable saved design opens a new design with a notice, and keeps the unreadable copy', async ({ page }) => {
  const garbage = '{"format": "trunkline.topology", this is not JSON <script>alert(1)</script>';
  await seed(page, garbage);
  await open(page);

  const notice = page.getByRole('alert');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not be read');
  await expect(notice).toContainText('new design');

  // A new design: its name, one central site, no nodes, no trunks.
  await expect(page.getByRole('toolbar').getByLabel('Design name', { exact: true })).toHaveValue('Untitled design');
  await expect(page.locator('.react-flow__node-site')).toHaveCount(1);
  await expect(page.locator('.react-flow__node:not(.react-flow__node-site)')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  // Nothing is silently lost: the unreadable text is kept aside.
  const copies = JSON.parse((await page.evaluate(() => localStorage.getItem('trunkline.recovery.v1'))) ?? '[]') as { reason: string; text: string }[];
  expect(copies.map((c) => [c.reason, c.text])).toEqual([['unreadable', garbage]]);

  // The app works: an element can be added, and the notice can be dismissed.
  await palette(page, 'Front End pool').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node-frontEndPool')).toHaveCount(1);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => (await savedDocument(page))?.nodes.length).toBe(1);
  expect(await page.evaluate((key) => localStorage.getItem(key)?.startsWith('{'), AUTOSAVE_KEY)).toBe(true);
});

test('a saved design that is valid JSON but not a topology is refused the same way', async ({ page }) => {
  await seed(page, { format: 'trunkline.topology', schemaVersion: 1, name: 'x', sites: [], nodes: [{ id: 'n1', kind: 'pstnGateway', siteId: 'nowhere' }], trunks: [] });
  await open(page);
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.locator('.react-flow__node:not(.react-flow__node-site)')).toHaveCount(0);
});
