// The designer in another language: its own words, and the rules' messages, follow the language picker.
import { farAwayError } from './fixtures.ts';
import { expect, open, seed, test } from './helpers.ts';

test('choosing Español translates the designer and the problems, and the choice survives a reload', async ({ page }) => {
  await seed(page, farAwayError());
  await open(page);
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.locator('[data-rule=TRUNK_TLS_IP_PEER] .problem__message')).toContainText('TLS needs an FQDN');
  // The canvas's site blocks and cards take their words from the canvas, not each from i18next.
  const site = page.locator('.react-flow__node-site').first();
  const siteInEnglish = (await site.textContent()) ?? '';

  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('complementary', { name: 'Paleta' })).toBeVisible();
  const message = page.locator('[data-rule=TRUNK_TLS_IP_PEER] .problem__message');
  await expect(message).toContainText('TLS necesita un FQDN');
  await expect(message).toContainText('"far-5067"');
  await expect(message).toContainText('10.0.0.5');
  await expect(site).not.toHaveText(siteInEnglish);

  await page.reload();
  await expect(page.locator('[data-rule=TRUNK_TLS_IP_PEER] .problem__message')).toContainText('TLS necesita un FQDN');
  // And back: the picker is named in the language it shows.
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await expect(page.locator('[data-rule=TRUNK_TLS_IP_PEER] .problem__message')).toContainText('TLS needs an FQDN');
  await expect(site).toHaveText(siteInEnglish);
});
