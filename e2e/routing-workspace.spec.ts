// The routing workspace: opened by the toolbar and by Alt+R, usages and routes edited in place (an invalid
// pattern refused with the engine's reason), rows reordered by keyboard, undo, and a routing problem that
// lands on its row.
import type { Page } from '@playwright/test';
import { TEMPLATES } from '../app/domain/templates.ts';
import { expect, open, seed, test } from './helpers.ts';

const twoSites = TEMPLATES.find((t) => t.id === 'two-site-routing')!.build();

function workspace(page: Page) {
  return page.getByRole('complementary', { name: 'Routing' });
}

function section(page: Page, name: string) {
  return workspace(page).getByRole('region', { name, exact: true });
}

/** A route's row, found by the route's name. */
function routeRow(page: Page, name: string) {
  return section(page, 'Voice routes').getByRole('row', { name, exact: true });
}

function undoButton(page: Page) {
  return page.getByRole('toolbar').getByRole('button', { name: 'Undo', exact: true });
}

async function usageNames(page: Page): Promise<string[]> {
  return section(page, 'PSTN usages').locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
}

test.beforeEach(async ({ page }) => {
  await seed(page, twoSites);
  await open(page);
});

test('opens from the toolbar and by Alt+R, beside the canvas', async ({ page }) => {
  await expect(workspace(page)).toHaveCount(0);
  await page.getByRole('toolbar').getByRole('button', { name: 'Routing', exact: true }).click();
  await expect(workspace(page)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Topology canvas' })).toBeVisible();
  for (const name of ['PSTN usages', 'Voice routes', 'Voice policies', 'Dial plans', 'Trunk configurations']) {
    await expect(section(page, name)).toBeVisible();
  }
  await page.getByRole('toolbar').getByRole('button', { name: 'Routing', exact: true }).click();
  await expect(workspace(page)).toHaveCount(0);
  await page.locator('body').press('Alt+r');
  await expect(workspace(page)).toBeVisible();
  // A route's row shows the trunks it reaches and their peers.
  await expect(routeRow(page, 'Redmond local')).toContainText('gw01-redmond-5067');
  await expect(routeRow(page, 'Redmond local')).toContainText('gw01.redmond.contoso.com');
});

test('usages: add, rename (references follow), delete refused while in use, reorder by keyboard, undo', async ({ page }) => {
  await page.locator('body').press('Alt+r');
  const usages = section(page, 'PSTN usages');
  await usages.getByRole('button', { name: 'Add usage' }).click();
  await expect.poll(() => usageNames(page)).toEqual(['Redmond Local', 'New York Local', 'Redmond Long Distance', 'New York Long Distance', 'Usage 5']);

  // Renaming a usage renames it in the routes that name it.
  const name = usages.getByRole('textbox', { name: 'Name of usage Redmond Local' });
  await name.fill('Redmond Metro');
  // The field's name follows the usage's.
  await expect(usages.getByRole('textbox', { name: 'Name of usage Redmond Metro' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(routeRow(page, 'Redmond local').getByRole('list', { name: 'Usages of Redmond local' })).toContainText('Redmond Metro');

  // Deleting a usage a route still names is refused, with the reason.
  await usages.getByRole('button', { name: 'Delete Redmond Metro' }).click();
  await expect(page.getByTestId('announcement')).toContainText('PSTN usage "Redmond Metro" is still in use, by voice route "Redmond local"');
  await usages.getByRole('button', { name: 'Delete Usage 5' }).click();
  await expect.poll(() => usageNames(page)).toEqual(['Redmond Metro', 'New York Local', 'Redmond Long Distance', 'New York Long Distance']);

  // Alt+ArrowUp moves the row (focus stays on it), one undo step each.
  const moved = usages.getByRole('textbox', { name: 'Name of usage New York Long Distance' });
  await moved.focus();
  await moved.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => usageNames(page)).toEqual(['Redmond Metro', 'New York Long Distance', 'New York Local', 'Redmond Long Distance']);
  await expect(usages.getByRole('textbox', { name: 'Name of usage New York Long Distance' })).toBeFocused();
  await undoButton(page).click();
  await expect.poll(() => usageNames(page)).toEqual(['Redmond Metro', 'New York Local', 'New York Long Distance', 'Redmond Long Distance']);
  await undoButton(page).click();
  await undoButton(page).click();
  await undoButton(page).click();
  await expect.poll(() => usageNames(page)).toEqual(['Redmond Local', 'New York Local', 'Redmond Long Distance', 'New York Long Distance', 'Usage 5']);
});

test('routes: add, edit in place, an invalid pattern refused with the reason, trunks removed and added, delete, undo', async ({ page }) => {
  await page.locator('body').press('Alt+r');
  const routes = section(page, 'Voice routes');
  await routes.getByRole('button', { name: 'Add route' }).click();
  const row = routeRow(page, 'Route 5');
  await expect(row).toBeVisible();
  await row.getByRole('textbox', { name: 'Name of route Route 5' }).fill('Emergency');
  const emergency = routeRow(page, 'Emergency');
  await expect(emergency).toBeVisible();

  // A pattern that is not valid .NET is shown with the engine's reason and never reaches the design.
  const pattern = emergency.getByRole('textbox', { name: 'Pattern of route Emergency' });
  await pattern.fill('^(911');
  await expect(pattern).toHaveAttribute('aria-invalid', 'true');
  await expect(emergency).toContainText('Not a valid .NET regular expression: a parenthesis is not closed.');
  await pattern.fill('^\\+?911$');
  await expect(pattern).toHaveAttribute('aria-invalid', 'false');
  await pattern.blur();

  // Trunks: picked by name, removed by their button.
  await emergency.getByRole('combobox', { name: 'Add a trunk to route Emergency' }).fill('gw01-newyork-5067');
  await emergency.getByRole('combobox', { name: 'Add a trunk to route Emergency' }).press('Enter');
  await expect(emergency.getByRole('list', { name: 'Trunks of route Emergency' })).toContainText('gw01-newyork-5067');
  await routeRow(page, 'Redmond local').getByRole('button', { name: 'Remove trunk gw01-redmond-5067 from route Redmond local' }).click();
  await expect(routeRow(page, 'Redmond local')).toContainText('none');

  await undoButton(page).click();
  await expect(routeRow(page, 'Redmond local').getByRole('list', { name: 'Trunks of route Redmond local' })).toContainText('gw01-redmond-5067');
  await routes.getByRole('button', { name: 'Delete Emergency' }).click();
  await expect(emergency).toHaveCount(0);
  await undoButton(page).click();
  await expect(routeRow(page, 'Emergency')).toBeVisible();
  await expect(routeRow(page, 'Emergency').getByRole('textbox', { name: 'Pattern of route Emergency' })).toHaveValue('^\\+?911$');
});

test('a dial plan rule tries a number; a routing problem lands on its row', async ({ page }) => {
  await page.locator('body').press('Alt+r');
  const plans = section(page, 'Dial plans');
  await plans.getByRole('row', { name: 'dial plan site:Redmond' }).getByRole('button', { name: /rules/ }).click();
  const rules = plans.getByRole('table', { name: 'Normalization rules of dial plan site:Redmond' });
  await rules.getByRole('textbox', { name: /^Try rule .* on a number$/ }).first().fill('0100');
  await expect(rules.locator('output').first()).toHaveText('→ +14255550100');

  // Break a route's pattern in the design (a priority refused, then a route with no usage): ROUTE_NO_USAGE.
  const ld = routeRow(page, 'Long distance via New York');
  await ld.getByRole('button', { name: 'Remove usage New York Long Distance from Long distance via New York' }).click();
  await page.getByRole('toolbar').getByRole('button', { name: 'Routing', exact: true }).click();
  await expect(workspace(page)).toHaveCount(0);
  const problem = page.getByRole('region', { name: 'Problems' }).locator('button[data-rule="ROUTE_NO_USAGE"]');
  await problem.click();
  await expect(workspace(page)).toBeVisible();
  const row = routeRow(page, 'Long distance via New York');
  await expect(row).toBeFocused();
  await expect(row).toHaveClass(/routing__row--focus/);
  // Its trunk is selected on the canvas.
  await expect(page.getByTestId('trunk-t2')).toHaveClass(/selected/);
});
