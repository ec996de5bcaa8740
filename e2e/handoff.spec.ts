// Export for Lync: three downloads from a clean design, refused (and why) for a design with errors.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, open, problemCountsLocator, seed, test } from './helpers.ts';
import { exampleText, importFile, toolbarButton } from './data-helpers.ts';
import type { Page } from '@playwright/test';

async function chooseTemplate(page: Page, id: string): Promise<void> {
  await toolbarButton(page, 'New').click();
  const dialog = page.getByRole('dialog', { name: 'New design' });
  await dialog.locator(`[data-template="${id}"]`).click();
  await expect(dialog).toHaveCount(0);
}

async function downloadWith(page: Page, press: () => Promise<void>): Promise<{ name: string; text: string; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await fs.promises.readFile(file, 'utf8'), file };
}

test('a clean template downloads its script, build sheet and report; the report imports back', async ({ page }) => {
  await open(page);
  await chooseTemplate(page, 'two-site-routing');
  await expect(problemCountsLocator(page)).toHaveText(/^\s*0 errors,\s*0 warnings\s*$/);
  await toolbarButton(page, 'Export for Lync').click();
  const dialog = page.getByRole('dialog', { name: 'Export for Lync' });
  await expect(dialog).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.impact} ${v.id}`)).toEqual([]);

  // Keyboard: the first download is reached with Tab and taken with Enter.
  const scriptButton = dialog.getByRole('button', { name: /Management Shell script/ });
  for (let i = 0; i < 5 && !(await scriptButton.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(scriptButton).toBeFocused();
  const script = await downloadWith(page, () => page.keyboard.press('Enter'));
  expect(script.name).toBe('Contoso, two sites with least-cost routing.ps1');
  expect(script.text.startsWith('\uFEFF<#')).toBe(true);
  expect(script.text).toContain("New-CsVoiceRoute -Identity 'Redmond local'");
  expect(script.text).toContain("'PstnGateway:gw01.redmond.contoso.com'");
  await expect(dialog.getByRole('status')).toHaveText(`Saved ${script.name}.`);

  const sheet = await downloadWith(page, () => dialog.getByRole('button', { name: /Topology Builder build sheet/ }).click());
  expect(sheet.name).toMatch(/\.build-sheet\.html$/);
  expect(sheet.text).toContain('<h1>Topology Builder build sheet</h1>');

  const report = await downloadWith(page, () => dialog.getByRole('button', { name: /Design report/ }).click());
  expect(report.name).toMatch(/\.report\.html$/);
  expect(report.text).toContain('<span class="pass">passes</span>');
  expect(report.text).not.toContain('class="fail">fails');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Importing the report restores the design.
  await chooseTemplate(page, 'blank');
  await importFile(page, { name: 'report.html', mimeType: 'text/html', buffer: Buffer.from(report.text) });
  await expect(page.getByRole('toolbar').getByLabel('Design name', { exact: true })).toHaveValue('Contoso, two sites with least-cost routing');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
});

test('a design with errors is refused, and the dialog says why', async ({ page }) => {
  const doc = JSON.parse(exampleText('contoso-small')) as { nodes: { fqdn?: string }[] };
  doc.nodes.find((n) => n.fqdn !== undefined)!.fqdn = 'not a fqdn';
  await seed(page, doc);
  await open(page);
  await expect(problemCountsLocator(page)).toHaveText(/^\s*1 error\b/);
  await toolbarButton(page, 'Export for Lync').click();
  const dialog = page.getByRole('dialog', { name: 'Export for Lync' });
  const refused = dialog.getByRole('alert');
  await expect(refused).toContainText('Lync would refuse this design. Errors to fix first (1):');
  await expect(refused.getByRole('listitem')).toHaveCount(1);
  await expect(refused.getByRole('listitem')).toContainText('not a fqdn');
  await expect(dialog.getByRole('button', { name: /Management Shell script/ })).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.impact} ${v.id}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('before the rules have loaded, the problems panel says it is checking, and Export for Lync waits for them and still refuses a design with errors', async ({ page }) => {
  const doc = JSON.parse(exampleText('contoso-small')) as { nodes: { fqdn?: string }[] };
  doc.nodes.find((n) => n.fqdn !== undefined)!.fqdn = 'not a fqdn';
  await seed(page, doc);
  // Hold the rules back (they load just after the first paint), as a slow network would.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/checkEngine-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await open(page);
  // Until the rules are in, the problems panel says it is checking, not that there is no problem.
  await expect(problemCountsLocator(page)).toHaveText('Checking the design…');
  await expect(page.getByText('No problems: Lync would accept this design.')).toHaveCount(0);
  await toolbarButton(page, 'Export for Lync').click();
  const dialog = page.getByRole('dialog', { name: 'Export for Lync' });
  await page.waitForTimeout(300);
  await expect(dialog).toHaveCount(0);
  release();
  await expect(dialog.getByRole('alert')).toContainText('Errors to fix first (1)');
  await expect(dialog.getByRole('button', { name: /Management Shell script/ })).toHaveCount(0);
  await expect(problemCountsLocator(page)).toHaveText(/^\s*1 error\b/);
});
