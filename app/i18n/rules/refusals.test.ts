// Every refusal message has a translation in every language, with exactly the refusal's params.
import { describe, expect, it } from 'vitest';
import { REFUSAL_MESSAGES } from '../../domain/refusals.ts';
import { refusalMessages } from './refusals.ts';

const LANGUAGES = ['es', 'pt', 'zh', 'fr', 'it'] as const;

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

describe.each(LANGUAGES)('refusal messages in %s', (language) => {
  const messages = refusalMessages[language];
  it('translate every refusal, with its params', () => {
    for (const [id, params] of Object.entries(REFUSAL_MESSAGES)) {
      const template = messages[id];
      expect(template, `${language}: refusals.${id}`).toBeTruthy();
      expect(new Set(placeholders(template!)), `${language}: refusals.${id}`).toEqual(new Set<string>(params));
    }
  });
  it('translate nothing that no refusal says', () => {
    for (const id of Object.keys(messages)) expect(Object.keys(REFUSAL_MESSAGES), `${language}: refusals.${id}`).toContain(id);
  });
});
