// The New dialog names and describes each starting design with catalogue messages. The domain's
// templates only name their keys (the domain does not import the catalogues), so the check lives here.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../domain/templates.ts';
import { initI18n } from '../../i18n/index.ts';

describe('template names and descriptions', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: has an English name and description in the catalogue', async (_id, template) => {
    await initI18n('en');
    for (const key of [template.nameKey, template.descriptionKey]) {
      expect(key).toMatch(/^templates\./);
      expect(i18next.exists(key, { lng: 'en' }), key).toBe(true);
      expect(i18next.t(key, { lng: 'en' })).not.toBe(key);
    }
  });
});
