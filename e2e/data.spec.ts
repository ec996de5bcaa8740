// Data in and out: Export JSON and Import, share links across browser profiles, damaged and newer
// links and files, hostile labels, PNG and SVG round trips, templates, dropped files, auto layout, CSP.
import type { Page } from '@playwright/test';
import { encodeShareLink } from '../app/domain/link/shareLink.ts';
import { parseTopologyText } from '../app/domain/parse.ts';
import { TEMPLATES } from '../app/domain/templates.ts';
import { centralSite, fourNodes, frontEndPool, gateway, topology, trunk } from './fixtures.ts';
import { AUTOSAVE_KEY, edge, edgeMidpoint, node, nodePosition, open, problemCountsLocator, seed, trunkLabel, within } from './helpers.ts';
import {
  PNG_SIGNATURE,
  canonical,
  designName,
  downloadFrom,
  drawnIds,
  exampleText,
  examplePath,
  expect,
  expectDesign,
  idsOf,
  importFile,
  openAt,
  shareLink,
  test,
  tinyPng,
  toolbarButton,
} from './data-helpers.ts';

const FABRIKAM = 'fabrikam-medium';
const FABRIKAM_NAME = 'Fabrikam, three data centres';
/** The recovery copies (app/store/recovery.ts): designs set aside, newest first. */
const RECOVERY_KEY = 'trunkline.recovery.v1';

async function recoveryCopies(page: import('@playwright/test').Page): Promise<{ reason: string; savedAt: string; text: string }[]> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), RECOVERY_KEY)) ?? '[]') as { reason: string; savedAt: string; text: string }[];
}

function docOf(text: string) {
  const parsed = parseTopologyText(text);
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.doc;
}

/** Opens the designer and imports fabrikam through the file input; returns its ids. */
async function openFabrikam(page: Page) {
  await open(page);
  await importFile(page, examplePath(FABRIKAM));
  const ids = idsOf(exampleText(FABRIKAM));
  await expectDesign(page, ids);
  await expect(designName(page)).toHaveValue(FABRIKAM_NAME);
  return ids;
}

/** The autosaved design's node ids, sorted; null when nothing readable is saved. */
async function savedNodeIds(page: Page): Promise<string[] | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
  if (text === null) return null;
  return (JSON.parse(text) as { nodes: { id: string }[] }).nodes.map((n) => n.id).sort();
}

// 1 ---------------------------------------------------------------------------------------------

test('Export JSON then Import in a fresh profile round-trips byte for byte, in the canonical form', async ({ page, freshPage }) => {
  const text = exampleText(FABRIKAM);
  const ids = await openFabrikam(page);

  const first = await downloadFrom(page, 'Export JSON');
  expect(first.name.startsWith(FABRIKAM_NAME)).toBe(true);
  expect(first.name.endsWith('.trunkline.json')).toBe(true);
  expect(first.name).toBe(`${FABRIKAM_NAME}.trunkline.json`);
  // What the app writes is the one canonical serialization of the example.
  expect(first.bytes.toString('utf8')).toBe(canonical(text));

  const other = await freshPage();
  await openAt(other);
  await importFile(other, first.file);
  await expectDesign(other, ids);
  await expect(other.getByTestId('announcement')).toHaveText(`Opened "${FABRIKAM_NAME}".`);
  const second = await downloadFrom(other, 'Export JSON');
  expect(second.name).toBe(first.name);
  expect(second.bytes.equals(first.bytes), 'second export identical to the first').toBe(true);
});

// 2 ---------------------------------------------------------------------------------------------

test('a share link opened in another browser profile shows the same design, and both export identical JSON', async ({ page, freshPage, baseURL }) => {
  const text = exampleText(FABRIKAM);
  const ids = await openFabrikam(page);

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const { url, shownLength } = await shareLink(page);
  expect(url.startsWith(`${baseURL}/#t2.`)).toBe(true);
  expect(url).toBe(`${baseURL}/#${encodeShareLink(docOf(text))}`);
  expect(shownLength).toBe(`The link is ${url.length} characters long.`);
  expect(url.length).toBeLessThan(2083);
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog.getByRole('note')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const mine = await downloadFrom(page, 'Export JSON');

  const other = await freshPage();
  await openAt(other, url);
  await expectDesign(other, ids);
  await expect(designName(other)).toHaveValue(FABRIKAM_NAME);
  await expect(other.getByRole('status').filter({ hasText: `You are looking at the shared design "${FABRIKAM_NAME}".` })).toBeVisible();
  // The fragment is read once and cleared, so a reload opens the saved design, not the link again.
  await expect.poll(() => new URL(other.url()).hash).toBe('');
  const theirs = await downloadFrom(other, 'Export JSON');
  expect(theirs.name).toBe(mine.name);
  expect(theirs.bytes.equals(mine.bytes), 'JSON exported from both profiles identical').toBe(true);
  expect(theirs.bytes.toString('utf8')).toBe(canonical(text));
});

// 3 ---------------------------------------------------------------------------------------------

const realPayload = encodeShareLink(docOf(exampleText(FABRIKAM))).slice('t2.'.length);
const middle = Math.floor(realPayload.length / 2);
const flipped = realPayload.slice(0, middle) + (realPayload[middle] === 'A' ? 'B' : 'A') + realPayload.slice(middle + 1);

const damagedLinks: [string, string, RegExp[]][] = [
  ['truncated', `t2.${realPayload.slice(0, middle)}`, [/cannot be read/]],
  ['bit-flipped', `t2.${flipped}`, [/cannot be read/]],
  ['cut after its prefix', 't2.', [/cannot be read|holds no topology|incomplete/]],
  ['from a newer Trunkline', 't9.AAAA', [/newer/, /version 9\b/, /version 2\b/]],
];

for (const [what, fragment, messages] of damagedLinks) {
  test(`a damaged share link (${what}) says why, and the user's own design stays`, async ({ page }) => {
    const own = fourNodes();
    const ownText = JSON.stringify(own);
    await seed(page, ownText);
    await page.goto(`/#${fragment}`);

    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('This share link cannot be opened');
    await expect(dialog).toContainText('Your current design is unchanged.');
    for (const message of messages) await expect(dialog).toContainText(message);
    await expect.poll(() => new URL(page.url()).hash).toBe('');

    await dialog.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectDesign(page, idsOf(ownText));
    await expect(designName(page)).toHaveValue('Four nodes');
    expect(await savedNodeIds(page)).toEqual(idsOf(ownText).nodes);
    // Nothing was set aside: the link never replaced anything.
    expect(await recoveryCopies(page)).toEqual([]);
    // And the design is still there after a reload.
    await page.reload();
    await expectDesign(page, idsOf(ownText));
  });
}

// 4 ---------------------------------------------------------------------------------------------

test('a file of a newer format version is refused with both versions named, and nothing changes', async ({ page }) => {
  const own = fourNodes();
  await seed(page, own);
  await open(page);
  const before = await drawnIds(page);
  expect(before).toEqual(idsOf(JSON.stringify(own)));
  const counts = await page.getByTestId('design-counts').textContent();
  // One edit, so that Undo has exactly one step to take.
  await designName(page).fill('Mine');
  await designName(page).blur();
  await expect(toolbarButton(page, 'Undo')).toBeEnabled();

  const future = { ...fourNodes(), name: 'From the future', schemaVersion: 99 };
  await importFile(page, { name: 'future.trunkline.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(future)) });
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('This file cannot be imported');
  await expect(dialog).toContainText('future.trunkline.json');
  await expect(dialog).toContainText(/version 99\b/);
  await expect(dialog).toContainText(/version 2\b/);
  await expect(dialog).toContainText('Your current design is unchanged.');
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  expect(await drawnIds(page)).toEqual(before);
  await expect(designName(page)).toHaveValue('Mine');
  await expect(page.getByTestId('design-counts')).toHaveText(counts!);
  // The refused import left no step in the history: one Undo takes back the rename, and that is all.
  await toolbarButton(page, 'Undo').click();
  await expect(designName(page)).toHaveValue('Four nodes');
  await expect(toolbarButton(page, 'Undo')).toBeDisabled();
  expect(await drawnIds(page)).toEqual(before);
});

// 5 ---------------------------------------------------------------------------------------------

test('labels that look like HTML are shown as text and run nothing', async ({ page, freshPage }) => {
  const img = '<img src=x onerror=window.__xss=1>';
  const svg = '"><svg/onload=window.__xss=2>';
  const script = '<script>window.__xss=3</script>';
  const hostile = topology(
    img,
    [{ ...frontEndPool('fe1', 60, 80), label: svg }, { ...gateway('gw1', 600, 80, 'gw01.contoso.com'), label: img }],
    [trunk('t1', script, 'fe1', 'gw1')],
    [centralSite(undefined, 'hq', img)],
  );

  const check = async (p: Page) => {
    await expect(node(p, 'gw1').getByText(img, { exact: true })).toBeVisible();
    await expect(node(p, 'fe1').getByText(svg, { exact: true })).toBeVisible();
    await expect(node(p, 'hq').getByText(img, { exact: true })).toBeVisible();
    await expect(trunkLabel(p, 't1')).toHaveText('★ TLS 5067→5067');
    await expect(designName(p)).toHaveValue(img);
    // The inspector shows the selected node's label as text, and in its field as a value.
    await node(p, 'gw1').locator('.node-card__title').click();
    const inspector = p.getByRole('complementary', { name: 'Inspector' });
    await expect(inspector.locator('.inspector__heading').getByText(`${img} (gw01.contoso.com)`, { exact: true })).toBeVisible();
    await expect(inspector.getByLabel('Label', { exact: true })).toHaveValue(img);
    // The trunk's name is shown in the inspector when the trunk is selected.
    const at = await edgeMidpoint(p, 't1');
    await p.mouse.click(at.x, at.y);
    await expect(edge(p, 't1')).toHaveClass(/\bselected\b/);
    await expect(inspector.locator('.inspector__heading').getByText(script, { exact: true })).toBeVisible();
    await expect(inspector.getByLabel('Trunk name', { exact: true })).toHaveValue(script);
    expect(await p.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    await expect(p.locator('img[src="x"]')).toHaveCount(0);
    await expect(p.locator('[onerror], [onload]')).toHaveCount(0);
    await expect(p.locator('script:not([src])')).toHaveCount(0);
  };

  await seed(page, hostile);
  await open(page);
  await check(page);

  // The same design arriving by share link in another profile.
  await page.keyboard.press('Escape');
  const { url } = await shareLink(page);
  const other = await freshPage();
  await openAt(other, url);
  await expectDesign(other, idsOf(JSON.stringify(hostile)));
  await check(other);
});

// 6 ---------------------------------------------------------------------------------------------

test('Export PNG carries the design: imported in a fresh profile it exports the same JSON', async ({ page, freshPage }) => {
  test.slow();
  const ids = await openFabrikam(page);
  const json = await downloadFrom(page, 'Export JSON');
  const png = await downloadFrom(page, 'Export PNG');
  expect(png.name).toBe(`${FABRIKAM_NAME}.trunkline.png`);
  expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.bytes.length).toBeGreaterThan(8 * 1024);
  expect(png.bytes.includes(Buffer.from('trunkline.topology', 'latin1')), 'the embedded design keyword').toBe(true);

  const other = await freshPage();
  await openAt(other);
  await importFile(other, png.file);
  await expectDesign(other, ids);
  await expect(designName(other)).toHaveValue(FABRIKAM_NAME);
  const again = await downloadFrom(other, 'Export JSON');
  expect(again.bytes.equals(json.bytes), 'JSON from the PNG identical to the original export').toBe(true);
});

test('Export SVG carries the design: imported in a fresh profile it exports the same JSON', async ({ page, freshPage }) => {
  test.slow();
  const ids = await openFabrikam(page);
  const json = await downloadFrom(page, 'Export JSON');
  const svg = await downloadFrom(page, 'Export SVG');
  expect(svg.name).toBe(`${FABRIKAM_NAME}.trunkline.svg`);
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg') || text.startsWith('<?xml'), `starts with <svg or <?xml: ${text.slice(0, 40)}`).toBe(true);
  expect(text).toContain('trunkline-topology');
  expect(text.trimEnd().endsWith('</svg>')).toBe(true);

  const other = await freshPage();
  await openAt(other);
  await importFile(other, svg.file);
  await expectDesign(other, ids);
  const again = await downloadFrom(other, 'Export JSON');
  expect(again.bytes.equals(json.bytes), 'JSON from the SVG identical to the original export').toBe(true);
});

test('a PNG that Trunkline did not make is refused, and the design stays', async ({ page }) => {
  const ids = await openFabrikam(page);
  await expect(toolbarButton(page, 'Undo')).toBeEnabled();
  await importFile(page, { name: 'photo.png', mimeType: 'image/png', buffer: tinyPng() });
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('"photo.png" is not a design Trunkline can open');
  await expect(dialog).toContainText('This image has no Trunkline design in it');
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await drawnIds(page)).toEqual(ids);
  await expect(designName(page)).toHaveValue(FABRIKAM_NAME);
  // Undo takes back the import itself: the refusal added nothing after it.
  await toolbarButton(page, 'Undo').click();
  await expect(page.locator('.react-flow__node:not(.react-flow__node-site)')).toHaveCount(0);
});

// 7 ---------------------------------------------------------------------------------------------

test('each template loads with no problems; the blank one is one central site', async ({ page }) => {
  await open(page);
  for (const template of TEMPLATES) {
    await toolbarButton(page, 'New').click();
    const dialog = page.getByRole('dialog', { name: 'New design' });
    await expect(dialog).toBeVisible();
    // No share link was opened here: there is no design to go back to.
    await expect(dialog.locator('[data-template=kept]')).toHaveCount(0);
    await dialog.locator(`[data-template="${template.id}"]`).click();
    await expect(dialog).toHaveCount(0);
    const built = template.build();
    if (template.id === 'blank') {
      await expect(page.locator('.react-flow__node-site')).toHaveCount(1);
      await expect(page.locator('.react-flow__node-site .site-frame--central')).toHaveCount(1);
      await expect(page.locator('.react-flow__node:not(.react-flow__node-site)')).toHaveCount(0);
      await expect(page.locator('.react-flow__edge')).toHaveCount(0);
    } else {
      await expectDesign(page, idsOf(JSON.stringify(built)));
      await expect(problemCountsLocator(page), template.id).toHaveText(/^\s*0 errors,\s*0 warnings\s*$/);
    }
    await expect(designName(page)).toHaveValue(built.name);
  }
});

test('after a share link replaced the design, New offers "Back to my design", which restores it', async ({ page }) => {
  const own = fourNodes();
  const ownIds = idsOf(JSON.stringify(own));
  await seed(page, own);
  await open(page);
  await expectDesign(page, ownIds);

  await page.goto(`/#${encodeShareLink(docOf(exampleText(FABRIKAM)))}`);
  await expectDesign(page, idsOf(exampleText(FABRIKAM)));
  await expect(page.getByRole('status').filter({ hasText: 'The design you had open is kept.' })).toBeVisible();
  const copies = await recoveryCopies(page);
  expect(copies.map((c) => c.reason)).toEqual(['beforeLink']);
  expect(JSON.parse(copies[0]!.text)).toEqual(own);

  await toolbarButton(page, 'New').click();
  const dialog = page.getByRole('dialog', { name: 'New design' });
  const kept = dialog.locator('[data-template=kept]');
  await expect(kept).toBeVisible();
  await expect(kept).toContainText('Back to my design');
  await expect(kept).toContainText('Four nodes');
  await kept.click();
  await expect(dialog).toHaveCount(0);
  await expectDesign(page, ownIds);
  await expect(designName(page)).toHaveValue('Four nodes');
  await expect.poll(() => savedNodeIds(page)).toEqual(ownIds.nodes);
});

test('a share link pasted into a tab with a design: the notice\'s "Back to my design" restores it', async ({ page }) => {
  const own = fourNodes();
  const ownIds = idsOf(JSON.stringify(own));
  await seed(page, own);
  await open(page);
  // Pasted into the address bar of the open tab: a hash change, no reload.
  await page.evaluate((fragment) => {
    window.location.hash = fragment;
  }, encodeShareLink(docOf(exampleText(FABRIKAM))));
  await expectDesign(page, idsOf(exampleText(FABRIKAM)));
  const notice = page.getByRole('status').filter({ hasText: 'The design you had open is kept.' });
  await notice.getByRole('button', { name: 'Back to my design', exact: true }).click();
  await expectDesign(page, ownIds);
  await expect(notice).toHaveCount(0);
  await expect(designName(page)).toHaveValue('Four nodes');
});

// 8 ---------------------------------------------------------------------------------------------

test('a file dropped on the canvas is imported', async ({ page }) => {
  const text = exampleText(FABRIKAM);
  await open(page);
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'x.json', { type: 'application/json' }));
    return transfer;
  }, text);
  const canvas = page.locator('.canvas');
  // The canvas accepts a file being dragged over it (the browser would otherwise open the file).
  const accepted = await canvas.evaluate((el, transfer) => {
    const event = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  }, dataTransfer);
  expect(accepted).toBe(true);
  await canvas.dispatchEvent('dragover', { dataTransfer });
  await canvas.dispatchEvent('drop', { dataTransfer });
  await expectDesign(page, idsOf(text));
  await expect(designName(page)).toHaveValue(FABRIKAM_NAME);
  await expect(page.getByTestId('announcement')).toHaveText(`Opened "${FABRIKAM_NAME}".`);
});

// 9 ---------------------------------------------------------------------------------------------

async function layoutOf(page: Page) {
  const ids = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  const out: Record<string, { x: number; y: number; w: string; h: string }> = {};
  for (const id of ids) {
    const size = await node(page, id).evaluate((el) => [(el as HTMLElement).style.width, (el as HTMLElement).style.height]);
    out[id] = { ...(await nodePosition(page, id)), w: size[0] ?? '', h: size[1] ?? '' };
  }
  return out;
}

async function expectNodesInsideSite(page: Page) {
  const site = await page.locator('.react-flow__node-site').boundingBox();
  expect(site).not.toBeNull();
  const cards = page.locator('.react-flow__node:not(.react-flow__node-site)');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    const box = await card.boundingBox();
    expect(box).not.toBeNull();
    expect(within(box!, site!), `${await card.getAttribute('data-id')} inside the site frame`).toBe(true);
  }
}

test('a site without a frame is framed around its nodes; Auto layout re-lays out and Undo restores', async ({ page }) => {
  const text = exampleText('contoso-small');
  await open(page);
  await importFile(page, examplePath('contoso-small'));
  await expectDesign(page, idsOf(text));
  await expect(page.locator('.react-flow__node-site')).toHaveCount(1);
  await expectNodesInsideSite(page);

  const before = await layoutOf(page);
  await toolbarButton(page, 'Auto layout').click();
  await expect.poll(() => layoutOf(page), { message: 'auto layout moved something' }).not.toEqual(before);
  // Let the layout settle (the view is fitted after it), then check it again.
  await page.waitForTimeout(200);
  const after = await layoutOf(page);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  await expectNodesInsideSite(page);

  await toolbarButton(page, 'Undo').click();
  await expect.poll(() => layoutOf(page)).toEqual(before);
  await toolbarButton(page, 'Redo').click();
  await expect.poll(() => layoutOf(page)).toEqual(after);
});

// 10 --------------------------------------------------------------------------------------------

test('the page runs under a strict CSP, with no violation while importing, sharing and exporting', async ({ page, freshPage }) => {
  test.slow();
  const consoleViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`),
    );
  });
  await open(page);

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).not.toBeNull();
  const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(policy).toContain("script-src 'self'");

  await importFile(page, examplePath(FABRIKAM));
  await expectDesign(page, idsOf(exampleText(FABRIKAM)));
  const { url } = await shareLink(page);
  await page.getByRole('dialog', { name: 'Share link' }).getByRole('button', { name: 'Close', exact: true }).click();
  await downloadFrom(page, 'Export JSON');
  await downloadFrom(page, 'Export PNG');
  await downloadFrom(page, 'Export SVG');
  await toolbarButton(page, 'Auto layout').click();
  await toolbarButton(page, 'New').click();
  await page.locator('[data-template="mn-two-pools"]').click();
  await page.evaluate((fragment) => {
    window.location.hash = fragment;
  }, new URL(url).hash.slice(1));
  await expectDesign(page, idsOf(exampleText(FABRIKAM)));
  await page.waitForTimeout(300);

  expect(consoleViolations, 'CSP violations in the console').toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), 'securitypolicyviolation events').toEqual([]);

  // The other profile opening the link breaks nothing either.
  const other = await freshPage();
  const otherViolations: string[] = [];
  other.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) otherViolations.push(message.text());
  });
  await openAt(other, url);
  await expectDesign(other, idsOf(exampleText(FABRIKAM)));
  await downloadFrom(other, 'Export JSON');
  expect(otherViolations).toEqual([]);

  // And the policy is enforced, so the listeners above would have heard: an inline script is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => consoleViolations.length).toBeGreaterThan(0);
});
