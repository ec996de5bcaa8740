// A diagnostic in the user's language: the catalogue's `rules.<RULE>.<id>` with the rule's params,
// or the English message the rule wrote when the language has no entry for it. Refused edits likewise,
// from `refusals.<id>`.
import i18next, { type TFunction } from 'i18next';
import type { Diagnostic, MessageKey, MessageParam } from '../domain/diagnostic.ts';

function paramText(value: MessageParam, t: TFunction): string | number {
  return typeof value === 'object' ? `${t(`kindsInline.${value.kind}`)} ${value.name}` : value;
}

/** The catalogue's `key` with the message key's params, or the English text when the language has none. */
function keyedText(key: string, params: MessageKey['params'], english: string, t: TFunction): string {
  if (!i18next.exists(key)) return english;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) values[name] = paramText(value, t);
  return t(key, values);
}

export function diagnosticText(d: Diagnostic, t: TFunction = i18next.t): string {
  if (!d.key) return d.message;
  return keyedText(`rules.${d.rule}.${d.key.id}`, d.key.params, d.message, t);
}

/** Why an edit was refused (trunkEnds, newTrunk, deleteElements), in the user's language. */
export function refusalText(reason: string, key: MessageKey | undefined, t: TFunction = i18next.t): string {
  if (!key) return reason;
  return keyedText(`refusals.${key.id}`, key.params, reason, t);
}
