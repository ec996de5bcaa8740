// Every rule message has a translation in every language, with exactly the rule's params.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../domain/rules/index.ts';
import { ruleMessages } from './index.ts';

const LANGUAGES = ['es', 'pt', 'zh', 'fr', 'it'] as const;

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

describe.each(LANGUAGES)('rule messages in %s', (language) => {
  const messages = ruleMessages(language);
  it('translate every message of every rule, with its params', () => {
    for (const rule of RULES) {
      for (const [id, params] of Object.entries(rule.messages ?? {})) {
        const template = messages[rule.id]?.[id];
        expect(template, `${language}: rules.${rule.id}.${id}`).toBeTruthy();
        expect(new Set(placeholders(template!)), `${language}: rules.${rule.id}.${id}`).toEqual(new Set(params));
      }
    }
  });
  it('translate nothing that no rule says', () => {
    for (const [ruleId, ids] of Object.entries(messages)) {
      const rule = RULES.find((r) => r.id === ruleId);
      expect(rule, `${language}: unknown rule ${ruleId}`).toBeDefined();
      for (const id of Object.keys(ids)) expect(rule!.messages?.[id], `${language}: rules.${ruleId}.${id}`).toBeDefined();
    }
  });
});
