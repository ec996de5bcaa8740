// The English catalogue of what the domain says (rules, problems, refusals, terms), built from the
// declarations themselves: the English is written once, where the message is raised. Other languages
// keep the same namespaces as JSON files in locales/<lng>/.
import i18next, { type TFunction } from 'i18next';
import type { MessageTemplates } from '../domain/diagnostic.ts';
import { PROBLEM_MESSAGES } from '../domain/problems.ts';
import { REFUSAL_MESSAGES } from '../domain/refusals.ts';
import { RULES } from '../domain/rules/index.ts';
import { TERMS } from '../domain/terms.ts';
import { addFormats } from './render.ts';

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

export function englishDomainMessages(): Record<(typeof DOMAIN_NAMESPACES)[number], Messages> {
  return {
    rules: Object.fromEntries(RULES.map((rule) => [rule.id, catalogue(rule.messages)])),
    problems: catalogue(PROBLEM_MESSAGES),
    refusals: catalogue(REFUSAL_MESSAGES),
    terms: catalogue(TERMS),
  };
}

/** A translator for English alone, ready at once: the command line's. */
export function englishTranslator(): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    resources: { en: englishDomainMessages() },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  addFormats(instance);
  return instance.t;
}
