// The rules, their English and the pattern engine: loaded after the first paint (checks.ts), so that the
// first download holds none of them. Until they arrive no diagnostic is known and none is shown.
import { RULES, validate, validateInSteps } from '../domain/rules/index.ts';
import { loadPatternEngine } from '../domain/routing/pattern.ts';
import { ruleMessages } from '../i18n/catalogue.ts';
import { addEnglishRules } from '../i18n/index.ts';

/** The rules' English and the rules, to be put in place (checks.ts); `patterns` resolves when the pattern engine (re2js) has loaded too. */
export function installChecks(): { validate: typeof validate; validateInSteps: typeof validateInSteps; patterns: Promise<void> } {
  addEnglishRules(ruleMessages(RULES));
  return { validate, validateInSteps, patterns: loadPatternEngine() };
}
