// Accessibility smoke tests of the start screen and of the open routing workspace.
import AxeBuilder from '@axe-core/playwright';
import { TEMPLATES } from '../app/domain/templates.ts';
import { expect, open, seed, test } from './helpers.ts';

test('the start screen has no critical accessibility violations', async ({ page }, testInfo) => {
  await open(page);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})`);
  if (summary.length > 0) console.log(`axe violations on the start screen:\n  ${summary.join('\n  ')}`);
  await testInfo.attach('axe-violations.json', { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  const critical = results.violations.filter((v) => v.impact === 'critical');
  expect(critical.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the designer has its landmarks: toolbar, palette, canvas, problems and a live region', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('toolbar', { name: 'Toolbar' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Palette' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Topology canvas' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  // The live region is in the page from the start (empty, so not visible), for screen readers to watch.
  const live = page.getByTestId('announcement');
  await expect(live).toHaveAttribute('role', 'status');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  // The palette's items are buttons that say what they add.
  for (const name of ['Central site', 'Branch site', 'Front End pool', 'Mediation pool', 'Director', 'PSTN gateway', 'IP-PBX', 'SBC']) {
    await expect(page.getByRole('complementary', { name: 'Palette' }).getByRole('button', { name, exact: true })).toBeVisible();
  }
});

test('the open Test a number region and the routing tests have no accessibility violations', async ({ page }) => {
  await open(page);
  await page.getByRole('toolbar').getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('dialog', { name: 'New design' }).locator('[data-template="two-site-routing"]').click();
  await page.getByRole('toolbar').getByRole('button', { name: 'Routing', exact: true }).click();
  const region = page.getByRole('region', { name: 'Test a number' });
  await region.getByRole('combobox', { name: 'Dial plan' }).selectOption('dp-redmond');
  await region.getByRole('textbox', { name: 'Number' }).fill('0100');
  await expect(region.getByRole('status')).toContainText('First usage');
  const tests = page.getByRole('region', { name: 'Routing tests' });
  await tests.getByRole('button', { name: 'Redmond extension', exact: true }).click();
  await expect(tests.getByRole('table')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.test-number').include('.routing-tests').analyze();
  expect(results.violations.map((v) => `${v.impact ?? 'unknown'} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the open routing workspace, its rules and settings opened, has no accessibility violations', async ({ page }) => {
  await seed(page, TEMPLATES.find((t) => t.id === 'two-site-routing')!.build());
  await open(page);
  await page.locator('body').press('Alt+r');
  const workspace = page.getByRole('complementary', { name: 'Routing' });
  await workspace.getByRole('region', { name: 'Dial plans' }).getByRole('row', { name: 'dial plan site:Redmond' }).getByRole('button', { name: /rules/ }).click();
  await workspace.getByRole('region', { name: 'Trunk configurations' }).getByRole('button', { name: /Settings and rules/ }).first().click();
  const results = await new AxeBuilder({ page }).include('.routing').analyze();
  expect(results.violations.map((v) => `${v.impact ?? 'unknown'} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
