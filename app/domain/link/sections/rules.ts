// Rule lists (link version 2): a dial plan's normalization rules and a trunk configuration's outbound
// translation rules. Every list of the link shares three text columns (names, patterns, translations),
// so that a pattern used again anywhere, or one that differs only in its digits ("^\+1425\d{7}$" after
// "^\+1206\d{7}$"), costs a few bytes.
import type { NormalizationRule, TranslationRule } from '../../routing/types.ts';
import type { TextReader, TextWriter } from '../text.ts';
import { type JsonObject, type LayoutInput, type LayoutOutput, malformed } from './section.ts';

/** Approximate JSON characters of a rule without its texts. */
const RULE_COST = 60;

/** The text columns every pattern, translation and rule name of a link goes through. */
export interface RuleTexts<T> {
  names: T;
  patterns: T;
  translations: T;
}

export function ruleTextWriters(out: LayoutOutput): RuleTexts<TextWriter> {
  return { names: out.texts(), patterns: out.texts(), translations: out.texts() };
}

export function ruleTextReaders(input: LayoutInput): RuleTexts<TextReader> {
  return { names: input.texts(), patterns: input.texts(), translations: input.texts() };
}

/** A list of rules; normalization rules carry their internal-extension switch. */
export function writeRules(out: LayoutOutput, rules: readonly (TranslationRule | NormalizationRule)[], texts: RuleTexts<TextWriter>, normalization: boolean): void {
  out.w.uint(rules.length);
  if (normalization) for (const rule of rules) out.w.uint('isInternalExtension' in rule && rule.isInternalExtension ? 1 : 0);
  for (const rule of rules) texts.names.write(rule.name);
  for (const rule of rules) texts.patterns.write(rule.pattern);
  for (const rule of rules) texts.translations.write(rule.translation);
}

export function readRules(input: LayoutInput, texts: RuleTexts<TextReader>, normalization: boolean): JsonObject[] {
  const count = input.count(RULE_COST);
  const internal: boolean[] = [];
  if (normalization) {
    for (let i = 0; i < count; i++) {
      const flag = input.r.uint();
      if (flag > 1) throw malformed('normalization rule');
      internal.push(flag === 1);
    }
  }
  const rules: JsonObject[] = [];
  for (let i = 0; i < count; i++) rules.push({ name: texts.names.read(), pattern: '', translation: '' });
  for (const rule of rules) rule.pattern = texts.patterns.read();
  for (const rule of rules) rule.translation = texts.translations.read();
  if (normalization) rules.forEach((rule, i) => (rule.isInternalExtension = internal[i]!));
  return rules;
}
