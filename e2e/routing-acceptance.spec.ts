// Issue 9's acceptance walk, end to end: Test a number, the routing workspace's tables and the routing
// tests together. The two-site template: Redmond (fe1, gw1, trunk t1 "gw01-redmond-5067") and New York
// (fe2, gw2, t2). Route "Redmond local" sends +1425 numbers by t1.
import type { Page } from '@playwright/test';
import { toolbarButton } from './data-helpers.ts';
import { expect, open, test } from './helpers.ts';

const workspace = (page: Page) => page.getByRole('complementary', { name: 'Routing' });
const testRegion = (page: Page) => page.getByRole('region', { name: 'Test a number' });
const outcome = (page: Page) => testRegion(page).getByRole('status');
const trunk = (page: Page, id: string) => page.getByTestId(`trunk-${id}`);
const savedTest = (page: Page, id: string) => page.getByRole('region', { name: 'Routing tests' }).locator(`[data-test-id="${id}"]`);
const routeRow = (page: Page, name: string) =>
  workspace(page).getByRole('region', { name: 'Voice routes', exact: true }).getByRole('row', { name, exact: true });

async function dialFromRedmond(page: Page, number: string): Promise<void> {
  await testRegion(page).getByRole('combobox', { name: 'Dial plan' }).selectOption('dp-redmond');
  await testRegion(page).getByRole('combobox', { name: 'Voice policy' }).selectOption('vp-redmond');
  await testRegion(page).getByRole('textbox', { name: 'Number' }).fill(number);
}

test('a new user tests numbers, breaks a route and sees the call fail over, and a saved test fails until undo', async ({ page }) => {
  await open(page);
  await toolbarButton(page, 'New').click();
  await page.getByRole('dialog', { name: 'New design' }).locator('[data-template="two-site-routing"]').click();
  await toolbarButton(page, 'Routing').click();
  await expect(workspace(page)).toBeVisible();
  // The canvas stays visible beside the workspace.
  await expect(page.locator('.react-flow')).toBeVisible();

  // A local number: the Redmond gateway's trunk first, New York's as failover, the full number sent.
  await dialFromRedmond(page, '0100');
  await expect(outcome(page)).toContainText('first route: Redmond local (r-rdm-local)');
  await expect(outcome(page).locator('[data-trunk="t1"]').first()).toContainText('sends +14255550100');
  await expect(trunk(page, 't1')).toHaveAttribute('data-highlight', 'first');
  await expect(trunk(page, 't2')).toHaveAttribute('data-highlight', 'failover');

  // A long-distance number from Redmond: the long-distance route via Redmond.
  await dialFromRedmond(page, '3125550100');
  await expect(outcome(page)).toContainText('first route: Long distance via Redmond (r-rdm-ld)');
  await expect(outcome(page).locator('[data-trunk="t1"]').first()).toContainText('sends +13125550100');
  await expect(trunk(page, 't1')).toHaveAttribute('data-highlight', 'first');

  // Save the local call as a test: it passes.
  await dialFromRedmond(page, '0100');
  await testRegion(page).getByRole('button', { name: 'Save as test' }).click();
  await expect(savedTest(page, 'rt4')).toHaveAttribute('data-status', 'pass');

  // Break the local gateway's trunk out of its route: the route still matches first but has no trunk, so
  // the call fails over to the long-distance routes (t1 by Redmond's, then t2 by New York's).
  await routeRow(page, 'Redmond local').getByRole('button', { name: 'Remove trunk gw01-redmond-5067 from route Redmond local' }).click();
  await expect(outcome(page)).toContainText('first route: Redmond local (r-rdm-local)');
  await expect(trunk(page, 't1')).toHaveAttribute('data-highlight', 'failover');
  await expect(trunk(page, 't2')).toHaveAttribute('data-highlight', 'failover');
  await expect(savedTest(page, 'rt4')).toHaveAttribute('data-status', 'pass');

  // Change the route so that the saved test fails: its pattern no longer takes Redmond's numbers.
  const pattern = routeRow(page, 'Redmond local').getByRole('textbox', { name: /pattern/i });
  await pattern.fill('^\\+1426\\d{7}$');
  await pattern.press('Enter');
  await expect(savedTest(page, 'rt4')).toHaveAttribute('data-status', 'fail');
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByText(/ROUTING_TEST_FAILED/).first()).toBeVisible();

  // Undo (twice: the pattern, then the removed trunk) and the test passes again, the local call by t1.
  await pattern.blur();
  await toolbarButton(page, 'Undo').click();
  await expect(savedTest(page, 'rt4')).toHaveAttribute('data-status', 'pass');
  await expect(problems.getByText(/ROUTING_TEST_FAILED/)).toHaveCount(0);
  await toolbarButton(page, 'Undo').click();
  await expect(trunk(page, 't1')).toHaveAttribute('data-highlight', 'first');
});
