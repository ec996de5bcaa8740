// Undo and redo, by toolbar button and by keyboard, of each kind of edit: add, connect, move, delete, rename.
import type { Page } from '@playwright/test';
import { connect, dropFromPalette, edges, expect, node, nodeIds, nodePosition, open, paneBox, test, dragNode } from './helpers.ts';

const SITE = 'central1';

function undoButton(page: Page) {
  return page.getByRole('toolbar').getByRole('button', { name: 'Undo', exact: true });
}

function redoButton(page: Page) {
  return page.getByRole('toolbar').getByRole('button', { name: 'Redo', exact: true });
}

async function dropAt(page: Page, name: string, fx: number, fy: number) {
  const site = (await node(page, SITE).boundingBox())!;
  const at = await paneBox(page);
  await dropFromPalette(page, name, { x: site.x - at.x + site.width * fx, y: site.y - at.y + site.height * fy });
}

test('undo and redo step through add, connect, move, delete and rename, by button and by keyboard', async ({ page }) => {
  await open(page);
  const fe = page.locator('.react-flow__node-frontEndPool');
  const gateways = page.locator('.react-flow__node-pstnGateway');
  const name = page.getByRole('toolbar').getByLabel('Design name', { exact: true });
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();
  await expect(name).toHaveValue('Untitled design');

  // Add: two drops.
  await dropAt(page, 'Front End pool', 0.25, 0.35);
  await dropAt(page, 'PSTN gateway', 0.7, 0.35);
  await expect(fe).toHaveCount(1);
  await expect(gateways).toHaveCount(1);
  await expect(undoButton(page)).toBeEnabled();
  const [feId] = await nodeIds(page, 'frontEndPool');
  const [gwId] = await nodeIds(page, 'pstnGateway');

  // Connect.
  await connect(page, feId!, gwId!);
  await expect(edges(page)).toHaveCount(1);

  // Move: one drag of about 100 px is one undo step.
  const before = await nodePosition(page, gwId!);
  const boxBefore = (await node(page, gwId!).boundingBox())!;
  await dragNode(page, gwId!, 0, 110);
  await expect.poll(() => nodePosition(page, gwId!)).not.toEqual(before);
  const after = await nodePosition(page, gwId!);
  // About 110 screen pixels down, in canvas units: give or take the 10-unit grid it snaps to, and
  // React Flow's drag threshold, which swallows the pointer's first step (110 / 20 px).
  const zoom = boxBefore.width / 200;
  expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(5);
  expect(Math.abs(after.y - before.y - 110 / zoom)).toBeLessThanOrEqual(5 + 110 / 20 / zoom + 1);

  // Delete: select by click, press Delete; the gateway's trunk goes with it.
  await node(page, gwId!).locator('.node-card__title').click();
  await expect(node(page, gwId!)).toHaveClass(/\bselected\b/);
  await page.keyboard.press('Delete');
  await expect(gateways).toHaveCount(0);
  await expect(edges(page)).toHaveCount(0);

  // Rename: typing in the field, key by key, is one step.
  await name.fill('');
  await name.pressSequentially('Contoso voice');
  await expect(name).toHaveValue('Contoso voice');

  // Undo with the button while the field has focus: the rename goes back as one step.
  await undoButton(page).click();
  await expect(name).toHaveValue('Untitled design');
  await expect(gateways).toHaveCount(0);

  // Undo the delete with Ctrl+Z: the gateway comes back where it was moved to, with its trunk.
  await page.keyboard.press('Control+z');
  await expect(gateways).toHaveCount(1);
  await expect(edges(page)).toHaveCount(1);
  expect(await nodePosition(page, gwId!)).toEqual(after);

  // Undo the move: exactly back where it started, in canvas and on screen.
  await page.keyboard.press('Control+z');
  await expect.poll(() => nodePosition(page, gwId!)).toEqual(before);
  const boxAgain = (await node(page, gwId!).boundingBox())!;
  expect(Math.abs(boxAgain.x - boxBefore.x)).toBeLessThan(0.5);
  expect(Math.abs(boxAgain.y - boxBefore.y)).toBeLessThan(0.5);
  await expect(edges(page)).toHaveCount(1);

  // Undo the connection.
  await undoButton(page).click();
  await expect(edges(page)).toHaveCount(0);
  await expect(gateways).toHaveCount(1);

  // Undo the gateway's drop, then the pool's: back to the new design.
  await page.keyboard.press('Control+z');
  await expect(gateways).toHaveCount(0);
  await undoButton(page).click();
  await expect(fe).toHaveCount(0);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeEnabled();

  // Redo, with each of the three ways.
  await redoButton(page).click(); // pool
  await expect(fe).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z'); // gateway
  await expect(gateways).toHaveCount(1);
  expect(await nodePosition(page, gwId!)).toEqual(before);
  await page.keyboard.press('Control+y'); // trunk
  await expect(edges(page)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z'); // move
  await expect.poll(() => nodePosition(page, gwId!)).toEqual(after);
  await redoButton(page).click(); // delete
  await expect(gateways).toHaveCount(0);
  await expect(edges(page)).toHaveCount(0);
  await page.keyboard.press('Control+y'); // rename
  await expect(name).toHaveValue('Contoso voice');
  await expect(redoButton(page)).toBeDisabled();

  // A new edit after undo drops the redo future.
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('Untitled design');
  await expect(redoButton(page)).toBeEnabled();
  await dropAt(page, 'SBC', 0.5, 0.7);
  await expect(page.locator('.react-flow__node-sbc')).toHaveCount(1);
  await expect(redoButton(page)).toBeDisabled();
});

test('undo and redo of a label edit in the inspector', async ({ page }) => {
  await open(page);
  await page.getByLabel('Palette').getByRole('button', { name: 'PSTN gateway', exact: true }).focus();
  await page.keyboard.press('Enter');
  const [gwId] = await nodeIds(page, 'pstnGateway');
  await node(page, gwId!).locator('.node-card__title').click();
  const label = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Label', { exact: true });

  const title = node(page, gwId!).locator('.node-card__title');
  await expect(title).toHaveText('PSTN gateway');
  await label.fill('Gateway Paris');
  await expect(title).toHaveText('Gateway Paris');
  await label.blur();
  await page.getByRole('toolbar').getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(title).toHaveText('PSTN gateway');
  await page.getByRole('toolbar').getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(title).toHaveText('Gateway Paris');
});
