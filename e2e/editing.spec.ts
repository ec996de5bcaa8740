// Editing beyond the basics: keyboard selection and nudge, copy/paste/duplicate, box and shift selection.
import { fourNodes, gatewayWithTwoTrunks } from './fixtures.ts';
import { expect, node, nodeIds, nodePosition, open, savedDocument, seed, test } from './helpers.ts';

test('a node can be focused, selected with Enter, nudged with the arrow keys, and the nudge undone', async ({ page }) => {
  await seed(page, fourNodes());
  await open(page);
  const gw1 = node(page, 'gw1');
  await gw1.focus();
  await page.keyboard.press('Enter');
  await expect(gw1).toHaveClass(/selected/);
  // Focusing a node with problems shows its messages.
  await expect(gw1.getByRole('tooltip')).toBeVisible();
  const before = await nodePosition(page, 'gw1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await nodePosition(page, 'gw1')).x).toBeGreaterThan(before.x + 5);
  await expect.poll(async () => (await savedDocument(page))?.nodes.find((n) => n.id === 'gw1')?.position).toEqual({ x: 680, y: 90 });
  // Consecutive nudges of one selection are one undo step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => (await savedDocument(page))?.nodes.find((n) => n.id === 'gw1')?.position).toEqual({ x: 660, y: 80 });
});

test('copy and paste, and duplicate, make nodes with fresh ids and unique FQDNs, with the trunks between them', async ({ page }) => {
  await seed(page, gatewayWithTwoTrunks());
  await open(page);
  await node(page, 'fe1').click();
  await node(page, 'gw1').click({ modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node-pstnGateway')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge-trunk')).toHaveCount(3);
  await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await expect(page.locator('.react-flow__node-pstnGateway')).toHaveCount(3);
  const saved = await expect.poll(async () => (await savedDocument(page))?.nodes.length).toBe(7).then(() => savedDocument(page));
  const names = saved!.nodes.map((n) => (n as { fqdn?: string; address?: string }).fqdn ?? (n as { address?: string }).address);
  expect(new Set(names).size).toBe(names.length);
  expect(new Set(saved!.nodes.map((n) => n.id)).size).toBe(7);
  expect(await page.getByTestId('problem-counts').textContent()).toMatch(/^0 errors/);
});

test('Shift and a drag on the canvas select every node in the box', async ({ page }) => {
  await seed(page, fourNodes());
  await open(page);
  const fe = await node(page, 'fe1').boundingBox();
  const med = await node(page, 'med1').boundingBox();
  if (!fe || !med) throw new Error('nodes not drawn');
  await page.keyboard.down('Shift');
  await page.mouse.move(fe.x - 15, fe.y - 15);
  await page.mouse.down();
  await page.mouse.move(med.x + med.width + 15, med.y + med.height + 15, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.locator('.react-flow__node.selected:not(.react-flow__node-site)')).toHaveCount(2);
  expect(await nodeIds(page, 'pstnGateway')).toEqual(['gw1', 'gw2']);
});
