// A diagnostic in the user's language: the catalogue's `rules.<RULE>.<id>` with the rule's params,
// or the English message the rule wrote when the language has no entry for it.
import i18next, { type TFunction } from 'i18next';
import type { Diagnostic, MessageParam } from '../domain/diagnostic.ts';

function paramText(value: MessageParam, t: TFunction): string | number {
  return typeof value === 'object' ? `${t(`kindsInline.${value.kind}`)} ${value.name}` : value;
}

export function diagnosticText(d: Diagnostic, t: TFunction = i18next.t): string {
  if (!d.key) return d.message;
  const key = `rules.${d.rule}.${d.key.id}`;
  if (!i18next.exists(key)) return d.message;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(d.key.params)) params[name] = paramText(value, t);
  return t(key, params);
}
