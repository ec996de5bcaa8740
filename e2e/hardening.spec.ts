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

test('a large file is read and parsed in a worker, and opens', async ({ page }) => {
  // About 920 KB: over the size from which a worker reads the file.
  const big = generateTopology(1000);
  await open(page);
  await page.getByTestId('import-input').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(serializeTopology({ ...big, name: 'Big file' })) });
  await expect(page.getByRole('toolbar').getByLabel('Design name', { exact: true })).toHaveValue('Big file', { timeout: 60_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});
