// Issue 12: large and hostile input does not freeze the page. The layout and the parsing of large files
// run in Web Workers; here the designs are scaled down from the issue's, and the checks are outcomes, not times.
import { encodeShareLink } from '../app/domain/link/shareLink.ts';
import { generateTopology } from '../app/domain/generate.ts';
import { serializeTopology } from '../app/domain/serialize.ts';
import { centralSite, doc, mediationPool, peer, trunk } from '../app/domain/testing/build.ts';
import { expect, open, savedDocument, test } from './helpers.ts';

test('a link of 3,000 peers without positions opens, laid out in a worker, and is saved with every position', async ({ page }) => {
  const { position: _p, ...pool } = mediationPool({ id: 'm', nextHopId: null });
  const peers = Array.from({ length: 3000 }, (_, i) => peer({ id: `p${i}`, address: `gw${i}.contoso.com` }));
  const design = doc({ sites: [centralSite()], nodes: [pool, ...peers], trunks: peers.map((p, i) => trunk({ id: `t${i}`, name: `t${i}`, mediationId: 'm', peerId: p.id })) });
  await open(page);
  await page.goto(`/#${encodeShareLink({ ...design, name: 'Three thousand peers' })}`);
  await expect(page.getByRole('toolbar').getByLabel('Design name', { exact: true })).toHaveValue('Three thousand peers', { timeout: 60_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => (await savedDocument(page))?.nodes.filter((n) => n.position).length, { timeout: 30_000 }).toBe(3001);
});

test('a large file is read and parsed in a worker, opens as a site map, and mounts only the cards in view', async ({ page }) => {
  // About 920 KB: over the size from which a worker reads the file.
  const big = generateTopology(1000);
  await open(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(serializeTopology({ ...big, name: 'Big file' })) });
  await expect(page.getByRole('toolbar').getByLabel('Design name', { exact: true })).toHaveValue('Big file', { timeout: 60_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Fitted before it is drawn: a site map of its 100 sites, no card mounted (mounting 10,000 froze the page).
  const canvas = page.getByRole('region', { name: 'Canvas' });
  await expect(canvas.locator('.react-flow__node-site')).toHaveCount(100);
  await expect(canvas.locator('.react-flow__node')).toHaveCount(100);
  // Zoomed in until cards are drawn: only those in view are mounted, not the thousand React Flow has not
  // measured (it would draw each once to measure it). Every card ever added to the page is counted.
  await page.evaluate(`(() => {
    window.__cardsMounted = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) window.__cardsMounted += n.querySelectorAll('.node-card').length + (n.matches('.node-card') ? 1 : 0);
    }).observe(document.querySelector('.react-flow'), { childList: true, subtree: true });
  })()`);
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40 && (await canvas.locator('.node-card').count()) === 0; i++) {
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(50);
  }
  await expect(canvas.locator('.node-card').first()).toBeVisible();
  // Once every slice has come in (admit.ts: a few per task).
  await page.waitForTimeout(3000);
  expect(await canvas.locator('.node-card').count()).toBeLessThan(300);
  expect(await page.evaluate('window.__cardsMounted')).toBeLessThan(300);
});
