// The English catalogue of what the domain says (rules, problems, refusals, terms), built from the
// declarations themselves: the English is written once, where the message is raised. Other languages
// keep the same namespaces as JSON files in locales/<lng>/.
import i18next, { type TFunction } from 'i18next';
import { RULES } from '../domain/rules/index.ts';
import { DOMAIN_NAMESPACES, englishMessagesButRules, ruleMessages, type Messages } from './catalogue.ts';
import { addFormats } from './render.ts';

export { catalogue, DOMAIN_NAMESPACES, type Messages } from './catalogue.ts';

export function englishDomainMessages(): Record<(typeof DOMAIN_NAMESPACES)[number], Messages> {
  return { rules: ruleMessages(RULES), ...englishMessagesButRules() };
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
