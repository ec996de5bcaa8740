// A diagnostic in the user's language: the catalogue's `rules.<RULE>.<id>` with the rule's params,
// or the English message the rule wrote when the language has no entry for it. Refused edits likewise,
// from `refusals.<id>`, and the problems of a refused file or share link from `fileProblems.<id>`.
import i18next, { type TFunction } from 'i18next';
import type { Diagnostic, MessageKey, MessageParam } from '../domain/diagnostic.ts';
import type { Problem } from '../domain/problems.ts';

function paramText(value: MessageParam, t: TFunction): string | number {
  if (typeof value !== 'object') return value;
  if ('term' in value) return t(`terms.${value.term}`, value.value === undefined ? {} : { value: value.value });
  return `${t(`kindsInline.${value.kind}`)} ${value.name}`;
}

/** The catalogue's `key` with the message key's params, or the English text when the language has none. */
function keyedText(key: string, params: MessageKey['params'], english: string, t: TFunction): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) values[name] = paramText(value, t);
  // With the values, so that a message with plural forms (`_one`, `_other`) is found by its count.
  if (!i18next.exists(key, values)) return english;
  return t(key, values);
}

/**
 * A sentence the domain wrote in English, in the user's language: `<section>.<id>` of the catalogue with
 * the key's params, or the English sentence when there is no key or the language has no such entry.
 */
export function messageText(section: string, english: string, key: MessageKey | undefined, t: TFunction = i18next.t): string {
  if (!key) return english;
  return keyedText(`${section}.${key.id}`, key.params, english, t);
}

export function diagnosticText(d: Diagnostic, t: TFunction = i18next.t): string {
  return messageText(`rules.${d.rule}`, d.message, d.key, t);
}

/** Why an edit was refused (trunkEnds, newTrunk, deleteElements), in the user's language. */
export function refusalText(reason: string, key: MessageKey | undefined, t: TFunction = i18next.t): string {
  return messageText('refusals', reason, key, t);
}

/** Why a file or a share link was refused (parse, shareLink, readImportFile), in the user's language. */
export function problemText(problem: Problem, t: TFunction = i18next.t): string {
  return messageText('fileProblems', problem.message, problem.key, t);
}
