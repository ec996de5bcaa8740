// "Test a number" (issue 9): the outcome of a dialed number step by step, drawn on the canvas, and saved
// as a routing test. The two-site template: Redmond (fe1, gw1, trunk t1) and New York (fe2, gw2, t2).
//
// A saved test's state: the Routing tests region lists each test as a listitem with data-test-id and
// data-status="pass" | "fail" (and the text Passes / Fails).
import type { Page } from '@playwright/test';
import { toolbarButton } from './data-helpers.ts';
import { expect, node, open, test } from './helpers.ts';

async function openTwoSites(page: Page): Promise<void> {
  await open(page);
  await toolbarButton(page, 'New').click();
  const dialog = page.getByRole('dialog', { name: 'New design' });
  await dialog.locator('[data-template="two-site-routing"]').click();
  await expect(dialog).toHaveCount(0);
  await toolbarButton(page, 'Routing').click();
  await expect(testRegion(page)).toBeVisible();
}

const testRegion = (page: Page) => page.getByRole('region', { name: 'Test a number' });
const outcome = (page: Page) => testRegion(page).getByRole('status');
const trunk = (page: Page, id: string) => page.getByTestId(`trunk-${id}`);
const card = (page: Page, id: string) => node(page, id).locator('.node-card');

async function dialFromRedmond(page: Page, number: string): Promise<void> {
  const region = testRegion(page);
  await region.getByRole('combobox', { name: 'Dial plan' }).selectOption('dp-redmond');
  await region.getByRole('combobox', { name: 'Voice policy' }).selectOption('vp-redmond');
  await region.getByRole('textbox', { name: 'Number' }).fill(number);
}

test('a local number leaves by the local gateway, failing over to the other site; Esc ends the highlight', async ({ page }) => {
  await openTwoSites(page);
  const region = testRegion(page);
  // Defaults: the global dial plan and voice policy.
  await expect(region.getByRole('combobox', { name: 'Dial plan' })).toHaveValue('dp-global');
  await expect(region.getByRole('combobox', { name: 'Voice policy' })).toHaveValue('vp-global');
  await expect(trunk(page, 't1')).not.toHaveAttribute('data-highlight');

  await dialFromRedmond(page, '0100');
  await expect(outcome(page)).toContainText('rule "4 digit" gives +14255550100');
  await expect(outcome(page)).toContainText("Trunkline's reading");
  await expect(outcome(page)).toContainText('First usage: Redmond Local; first route: Redmond local (r-rdm-local)');
  await expect(outcome(page).locator('[data-trunk="t1"]').first()).toContainText('sends +14255550100');
  await expect(trunk(page, 't1')).toHaveAttribute('data-highlight', 'first');
  await expect(trunk(page, 't2')).toHaveAttribute('data-highlight', 'failover');
  await expect(card(page, 'gw1')).toHaveAttribute('data-highlight', 'first');
  await expect(card(page, 'fe1')).toHaveAttribute('data-highlight', 'first');
  await expect(card(page, 'gw2')).toHaveAttribute('data-highlight', 'failover');
  await expect(page.locator('.canvas--routing')).toHaveCount(1);

  // Esc in the number field ends the highlight (and empties the field).
  await region.getByRole('textbox', { name: 'Number' }).press('Escape');
  await expect(region.getByRole('textbox', { name: 'Number' })).toHaveValue('');
  await expect(page.locator('.react-flow [data-highlight]')).toHaveCount(0);
  await expect(page.locator('.canvas--routing')).toHaveCount(0);
});

test('a call to the other site leaves by its gateway; a long-distance call by the caller\'s own; clearing the number ends the highlight', async ({ page }) => {
  await openTwoSites(page);
  await dialFromRedmond(page, '12125550100');
  await expect(outcome(page)).toContainText('First usage: New York Local; first route: New York local (r-ny-local)');
  await expect(outcome(page).locator('[data-route="r-ny-local"] [data-trunk="t2"]')).toContainText('sends +12125550100');
  await expect(trunk(page, 't2')).toHaveAttribute('data-highlight', 'first');
  await expect(trunk(page, 't1')).toHaveAttribute('data-highlight', 'failover');

  // As the user types: each keystroke gives its outcome.
  const field = testRegion(page).getByRole('textbox', { name: 'Number' });
  await field.fill('');
  await field.pressSequentially('3125550100');
  await expect(outcome(page)).toContainText('rule "10 digit" gives +13125550100');
  await expect(outcome(page)).toContainText('first route: Long distance via Redmond (r-rdm-ld)');
  await expect(trunk(page, 't1')).toHaveAttribute('data-highlight', 'first');
  await expect(trunk(page, 't2')).toHaveAttribute('data-highlight', 'failover');

  await field.fill('');
  await expect(page.locator('.react-flow [data-highlight]')).toHaveCount(0);
  await expect(outcome(page)).toContainText('Type a number');
});

test('a number no route matches says so and lights nothing; a number Lync cannot dial is named', async ({ page }) => {
  await openTwoSites(page);
  const field = testRegion(page).getByRole('textbox', { name: 'Number' });
  // The global dial plan keeps 11 digits; the global policy's usages are long distance: "+1…" matches.
  await field.fill('123');
  await expect(outcome(page)).toContainText('Normalization: no rule matches; the number stays 123');
  await expect(outcome(page)).toContainText('No route');
  await expect(page.locator('.react-flow [data-highlight]')).toHaveCount(0);
  await field.fill('0100 x');
  await expect(outcome(page)).toContainText('is not a number Lync can dial');
  await expect(testRegion(page).getByRole('button', { name: 'Save as test' })).toBeDisabled();
});

test('Save as test adds a passing test (one undo step); opening it shows expected and actual side by side; it can be deleted', async ({ page }) => {
  await openTwoSites(page);
  const tests = page.getByRole('region', { name: 'Routing tests' });
  await expect(tests.getByRole('listitem')).toHaveCount(3);
  await expect(tests.locator('[data-status="pass"]')).toHaveCount(3);

  await dialFromRedmond(page, '0100');
  await testRegion(page).getByRole('button', { name: 'Test', exact: true }).click();
  await testRegion(page).getByRole('button', { name: 'Save as test' }).click();
  await expect(tests.getByRole('listitem')).toHaveCount(4);
  const saved = tests.locator('[data-test-id="rt4"]');
  await expect(saved).toHaveAttribute('data-status', 'pass');
  await expect(saved).toContainText('Passes');
  await expect(tests).toContainText('4 of 4 tests pass');

  await saved.getByRole('button', { name: '0100', exact: true }).click();
  const table = saved.getByRole('table');
  await expect(table.locator('tr[data-key="translation"]')).toContainText('+14255550100+14255550100');
  await expect(table.locator('tr[data-key="routeId"] td').first()).toHaveText('Redmond local (r-rdm-local)');
  await expect(table.locator('tr[data-key="routeId"] td').last()).toHaveText('Redmond local (r-rdm-local)');

  // One undo step takes the test out again; redo brings it back; delete takes it out.
  await page.locator('body').press('Control+z');
  await expect(tests.getByRole('listitem')).toHaveCount(3);
  await page.locator('body').press('Control+Shift+z');
  await expect(tests.getByRole('listitem')).toHaveCount(4);
  await tests.getByRole('button', { name: 'Delete routing test 0100' }).click();
  await expect(tests.getByRole('listitem')).toHaveCount(3);
});

test('keyboard only: Alt+R opens Routing, Tab reaches the number, Enter tests, Esc ends the highlight', async ({ page }) => {
  await open(page);
  await toolbarButton(page, 'New').click();
  await page.getByRole('dialog', { name: 'New design' }).locator('[data-template="two-site-routing"]').click();
  await page.locator('body').press('Alt+r');
  const field = testRegion(page).getByRole('textbox', { name: 'Number' });
  await expect(field).toBeVisible();
  // Tab from the Routing button (toolbar, palette, canvas, then the workspace) until the number field.
  await toolbarButton(page, 'Routing').focus();
  for (let i = 0; i < 200 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
  await page.keyboard.type('12125550100');
  await page.keyboard.press('Enter');
  await expect(trunk(page, 't1')).toHaveAttribute('data-highlight', 'first');
  // Esc from elsewhere (not a field, not a dialog: here the toolbar) ends it too.
  await toolbarButton(page, 'Fit view').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow [data-highlight]')).toHaveCount(0);
});
