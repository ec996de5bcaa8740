// Drawing trunks on the canvas: either direction, refusals with their reason, M:N, the root trunk.
import { fourNodes, gatewayWithTwoTrunks, noCollocatedMediation, twoMediationPools } from './fixtures.ts';
import {
  announcement,
  connect,
  edge,
  edgeMidpoint,
  edges,
  expect,
  node,
  open,
  problemCountsLocator,
  savedTrunk,
  seed,
  test,
  trunkLabel,
} from './helpers.ts';

test('a trunk can be drawn from a mediation endpoint to a gateway and from a gateway to a mediation endpoint', async ({ page }) => {
  await seed(page, fourNodes());
  await open(page);
  await expect(edges(page)).toHaveCount(0);
  await expect(problemCountsLocator(page)).toHaveText('2 errors, 2 warnings');

  // Mediation pool → gateway.
  await connect(page, 'med1', 'gw1');
  await expect(edges(page)).toHaveCount(1);
  const first = await savedTrunk(page, 'med1', 'gw1');
  await expect(trunkLabel(page, first.id)).toHaveText('★ TLS 5067→5067');
  await expect(announcement(page)).toContainText(`Trunk ${first.name} created.`);

  // Gateway → Front End pool with collocated Mediation: the trunk still runs from the endpoint to the peer.
  await connect(page, 'gw2', 'fe1');
  await expect(edges(page)).toHaveCount(2);
  const second = await savedTrunk(page, 'fe1', 'gw2');
  expect(second).toMatchObject({ transport: 'TLS', mediationPort: 5067, peerPort: 5067, root: true });
  await expect(trunkLabel(page, second.id)).toHaveText('★ TLS 5067→5067');

  // A second trunk to gw1 is not its root, and takes gw1's next free port.
  await connect(page, 'gw1', 'fe1');
  await expect(edges(page)).toHaveCount(3);
  const third = await savedTrunk(page, 'fe1', 'gw1');
  expect(third).toMatchObject({ root: false, peerPort: 5068 });
  await expect(trunkLabel(page, third.id)).toHaveText('TLS 5067→5068');
  await expect(edge(page, first.id).locator('g.trunk')).toHaveClass(/trunk--root/);
  await expect(edge(page, third.id).locator('g.trunk')).not.toHaveClass(/trunk--root/);

  // Every peer has its root trunk and every endpoint carries a trunk.
  await expect(problemCountsLocator(page)).toHaveText('0 errors, 0 warnings');
});

test('a connection between two gateways is refused, with the reason announced', async ({ page }) => {
  await seed(page, noCollocatedMediation());
  await open(page);
  const counts = await problemCountsLocator(page).textContent();

  await connect(page, 'gw1', 'gw2', async () => {
    // While dragging, the card under the pointer shows it will not accept the trunk.
    await expect(node(page, 'gw2').locator('.node-card')).toHaveAttribute('data-target', 'refused');
  });
  await expect(announcement(page)).toContainText('both peers');
  await expect(announcement(page)).toHaveAttribute('role', 'status');
  await expect(edges(page)).toHaveCount(0);
  await expect(problemCountsLocator(page)).toHaveText(counts!);
});

test('a connection from a gateway to a Front End pool without collocated Mediation is refused, with the reason announced', async ({ page }) => {
  await seed(page, noCollocatedMediation());
  await open(page);

  await connect(page, 'gw1', 'fe1', async () => {
    await expect(node(page, 'fe1').locator('.node-card')).toHaveAttribute('data-target', 'refused');
  });
  await expect(announcement(page)).toContainText('collocated Mediation');
  await expect(edges(page)).toHaveCount(0);

  // The other direction is refused for the same reason.
  await connect(page, 'fe1', 'gw2');
  await expect(announcement(page)).toContainText('collocated Mediation');
  await expect(edges(page)).toHaveCount(0);
});

test('two Mediation pools can serve two gateways (M:N) with distinct gateway ports and no errors', async ({ page }) => {
  await seed(page, twoMediationPools());
  await open(page);
  await expect(problemCountsLocator(page)).toHaveText('2 errors, 2 warnings');

  await connect(page, 'medA', 'gw1');
  await connect(page, 'medB', 'gw1');
  await connect(page, 'medA', 'gw2');
  await connect(page, 'medB', 'gw2');
  await expect(edges(page)).toHaveCount(4);

  const expected = [
    ['medA', 'gw1', '★ TLS 5067→5067'],
    ['medB', 'gw1', 'TLS 5067→5068'],
    ['medA', 'gw2', '★ TLS 5067→5067'],
    ['medB', 'gw2', 'TLS 5067→5068'],
  ] as const;
  for (const [mediationId, peerId, label] of expected) {
    const trunk = await savedTrunk(page, mediationId, peerId);
    await expect(trunkLabel(page, trunk.id), `${mediationId} → ${peerId}`).toHaveText(label);
  }
  await expect(problemCountsLocator(page)).toContainText('0 errors');
});

test('the root trunk of a gateway with other trunks is not deleted, and the reason is announced', async ({ page }) => {
  await seed(page, gatewayWithTwoTrunks());
  await open(page);
  await expect(edges(page)).toHaveCount(2);
  await expect(trunkLabel(page, 't1')).toHaveText('★ TLS 5067→5067');

  const at = await edgeMidpoint(page, 't1');
  await page.mouse.click(at.x, at.y);
  await expect(edge(page, 't1')).toHaveClass(/\bselected\b/);
  await page.keyboard.press('Delete');

  await expect(announcement(page)).toContainText('root trunk');
  await expect(edges(page)).toHaveCount(2);
  await expect(edge(page, 't1')).toBeVisible();

  // The other trunk can go.
  const other = await edgeMidpoint(page, 't2');
  await page.mouse.click(other.x, other.y);
  await expect(edge(page, 't2')).toHaveClass(/\bselected\b/);
  await page.keyboard.press('Delete');
  await expect(edges(page)).toHaveCount(1);
  await expect(edge(page, 't1')).toBeVisible();
});
