// Editing beyond the basics: keyboard selection and nudge, copy/paste/duplicate, box and shift selection.
import { fourNodes, gatewayWithTwoTrunks } from './fixtures.ts';
import { expect, node, nodeIds, nodePosition, open, savedDocument, seed, test, type SavedDocument } from './helpers.ts';

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

test('a site dragged by its title bar carries its nodes, while dragging and after; a resize from the left edge moves none', async ({ page }) => {
  await seed(page, fourNodes());
  await open(page);
  const saved = async () => (await savedDocument(page)) as (SavedDocument & { sites: { id: string; frame: { x: number; y: number; width: number; height: number } }[] }) | null;
  const gw1 = await nodePosition(page, 'gw1');
  const header = await node(page, 'hq').locator('.site-frame__header').boundingBox();
  if (!header) throw new Error('site not drawn');
  await page.mouse.move(header.x + 60, header.y + header.height / 2);
  await page.mouse.down();
  await page.mouse.move(header.x + 160, header.y + header.height / 2 + 80, { steps: 12 });
  // While the button is down, the site's nodes move with it.
  const site = await nodePosition(page, 'hq');
  expect(site.x).toBeGreaterThan(20);
  expect(await nodePosition(page, 'gw1')).toEqual({ x: gw1.x + site.x, y: gw1.y + site.y });
  await page.mouse.up();
  await expect.poll(async () => (await saved())?.sites[0]!.frame.x).toBe(site.x);
  const moved = (await saved())!;
  expect(moved.sites[0]!.frame).toEqual({ x: site.x, y: site.y, width: 1000, height: 560 });
  expect(moved.nodes.map((n) => [n.id, n.siteId, n.position])).toEqual([
    ['fe1', 'hq', { x: 60 + site.x, y: 80 + site.y }],
    ['med1', 'hq', { x: 60 + site.x, y: 360 + site.y }],
    ['gw1', 'hq', { x: 660 + site.x, y: 80 + site.y }],
    ['gw2', 'hq', { x: 660 + site.x, y: 360 + site.y }],
  ]);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => (await saved())?.sites[0]!.frame.x).toBe(0);
  await expect.poll(async () => nodePosition(page, 'gw1')).toEqual(gw1);

  // Resizing from the left edge moves the frame's x, and no node.
  await page.locator('.site-frame__header').click();
  await expect(node(page, 'hq')).toHaveClass(/selected/);
  const edge = await node(page, 'hq').locator('.react-flow__resize-control.line.left').boundingBox();
  if (!edge) throw new Error('no left resize edge');
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 - 100, edge.y + edge.height / 2, { steps: 10 });
  expect((await nodePosition(page, 'hq')).x).toBeLessThan(0);
  expect(await nodePosition(page, 'gw1')).toEqual(gw1);
  await page.mouse.up();
  await expect.poll(async () => (await saved())?.sites[0]!.frame.x).toBeLessThan(0);
  const resized = (await saved())!;
  expect(resized.sites[0]!.frame.x + resized.sites[0]!.frame.width).toBe(1000);
  expect(resized.nodes.map((n) => n.position)).toEqual([{ x: 60, y: 80 }, { x: 60, y: 360 }, { x: 660, y: 80 }, { x: 660, y: 360 }]);
  expect(await nodePosition(page, 'gw1')).toEqual(gw1);
});
