// Every problem message and every term has a translation in every language, with exactly its params;
// a message with a {{count}} has its plural forms where the language has them.
import { describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES, PROBLEM_TERMS } from '../../domain/problems.ts';
import { problemMessages, problemTerms } from './problems.ts';

const LANGUAGES = ['es', 'pt', 'zh', 'fr', 'it'] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** The params a template interpolates, formatted or not: {{limit}}, {{limit, number}}. */
function placeholders(template: string): Set<string> {
  return new Set([...template.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!));
}

/** The templates of `id`: the plain one, or one per plural form the language needs. */
function templatesOf(messages: Record<string, string>, id: string, language: string): [string, string | undefined][] {
  if (id in messages) return [[id, messages[id]]];
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories.filter((form) => form !== 'many');
  return forms.map((form) => [`${id}_${form}`, messages[`${id}_${form}`]]);
}

describe.each(LANGUAGES)('file problems in %s', (language) => {
  const messages = problemMessages[language];
  const terms = problemTerms[language];

  it('translate every problem, with its params', () => {
    for (const [id, params] of Object.entries(PROBLEM_MESSAGES)) {
      for (const [key, template] of templatesOf(messages, id, language)) {
        expect(template, `${language}: fileProblems.${key}`).toBeTruthy();
        expect(placeholders(template!), `${language}: fileProblems.${key}`).toEqual(new Set<string>(params));
      }
    }
  });

  it('give plural forms only to messages with a count', () => {
    for (const key of Object.keys(messages)) {
      if (!PLURAL_SUFFIX.test(key)) continue;
      const id = key.replace(PLURAL_SUFFIX, '') as keyof typeof PROBLEM_MESSAGES;
      expect(PROBLEM_MESSAGES[id] as readonly string[] | undefined, `${language}: fileProblems.${key}`).toContain('count');
    }
  });

  it('translate nothing that no problem says', () => {
    for (const key of Object.keys(messages)) expect(Object.keys(PROBLEM_MESSAGES), `${language}: fileProblems.${key}`).toContain(key.replace(PLURAL_SUFFIX, ''));
  });

  it('word every term, with its params, and no other', () => {
    for (const [id, params] of Object.entries(PROBLEM_TERMS)) {
      expect(terms[id], `${language}: terms.${id}`).toBeTruthy();
      expect(placeholders(terms[id]!), `${language}: terms.${id}`).toEqual(new Set<string>(params));
    }
    expect(Object.keys(terms).sort()).toEqual(Object.keys(PROBLEM_TERMS).sort());
  });
});
