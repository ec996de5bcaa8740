// The problems panel: clicking a problem selects its target and brings it into view.
import { farAwayError } from './fixtures.ts';
import { edge, expect, node, open, problemCountsLocator, seed, test, within } from './helpers.ts';

test('clicking a problem selects its target and brings it into view, however far away it is', async ({ page }) => {
  await seed(page, farAwayError());
  await open(page);
  await expect(problemCountsLocator(page)).toHaveText('1 error, 0 warnings');

  // Zoom in on the first site, so that the far site is out of view. (The whole design is wide: at
  // fit view it is a site map, where the site is drawn and its cards are not.)
  const canvas = page.getByRole('region', { name: 'Topology canvas' });
  const near = (await node(page, 'hq').boundingBox())!;
  await page.mouse.move(near.x + near.width / 2, near.y + near.height / 2);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(60);
  }
  const canvasBox = (await canvas.boundingBox())!;
  await expect.poll(async () => within((await node(page, 'gwFar').boundingBox())!, canvasBox), { message: 'the far gateway is out of view first' }).toBe(false);
  await expect(edge(page, 'tFar')).not.toHaveClass(/\bselected\b/);

  const problem = page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /TRUNK_TLS_IP_PEER/ });
  await expect(problem).toContainText('10.0.0.5');
  await problem.click();

  // The trunk is the first target: it is selected, and it and both its ends are in view.
  await expect(edge(page, 'tFar')).toHaveClass(/\bselected\b/);
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  for (const target of [node(page, 'gwFar'), node(page, 'fe2'), edge(page, 'tFar')]) {
    await expect.poll(async () => within((await target.boundingBox())!, canvasBox), { message: `${target.toString()} in view` }).toBe(true);
  }
});

test('a problem can be reached and opened with the keyboard', async ({ page }) => {
  await seed(page, farAwayError());
  await open(page);
  const problem = page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /TRUNK_TLS_IP_PEER/ });
  await problem.focus();
  await page.keyboard.press('Enter');
  await expect(edge(page, 'tFar')).toHaveClass(/\bselected\b/);
});
