// Catalogues in i18next's shape, built from the domain's declarations (the English is written once, where
// the message is raised). Apart from english.ts so that the designer's first download holds the English of
// problems, refusals and terms without the rules: their English comes with the rules (ui/checkEngine.ts).
import type { MessageTemplates, Rule } from '../domain/diagnostic.ts';
import { PROBLEM_MESSAGES } from '../domain/problems.ts';
import { REFUSAL_MESSAGES } from '../domain/refusals.ts';
import { TERMS } from '../domain/terms.ts';

export type Messages = { [key: string]: string | Messages };

/** The namespaces whose English lives in app/domain. */
export const DOMAIN_NAMESPACES = ['rules', 'problems', 'refusals', 'terms'] as const;

/** i18next's shape: dotted keys nested, plural forms as `_one` and `_other`. */
export function catalogue(templates: MessageTemplates): Messages {
  const out: Messages = {};
  for (const [key, template] of Object.entries(templates)) {
    const parts = key.split('.');
    let at = out;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Messages;
    const last = parts[parts.length - 1]!;
    if (typeof template === 'string') at[last] = template;
    else {
      at[`${last}_one`] = template.one;
      at[`${last}_other`] = template.other;
    }
  }
  return out;
}

/** The `rules` namespace: each rule's messages under its id. */
export function ruleMessages(rules: readonly Rule[]): Messages {
  return Object.fromEntries(rules.map((rule) => [rule.id, catalogue(rule.messages)]));
}

/** The domain's English but the rules'. */
export function englishMessagesButRules(): Record<Exclude<(typeof DOMAIN_NAMESPACES)[number], 'rules'>, Messages> {
  return {
    problems: catalogue(PROBLEM_MESSAGES),
    refusals: catalogue(REFUSAL_MESSAGES),
    terms: catalogue(TERMS),
  };
}
