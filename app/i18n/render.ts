// The one way a message becomes text, for the command line and the designer alike: the catalogue's template
// for the message id (English from the declarations in app/domain, other languages from locales/), with its
// params put into words first: terms from the `terms` namespace, lists joined as the language joins them.
import type { i18n as I18n, TFunction } from 'i18next';
import type { Diagnostic, Message, MessageParam, MessageParams } from '../domain/diagnostic.ts';
import type { Problem } from '../domain/problems.ts';

const listFormats = new Map<string, Intl.ListFormat>();

function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (format === undefined) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format;
}

function paramText(value: MessageParam, t: TFunction): string | number {
  if (typeof value !== 'object') return value;
  // `list.locale`: the locale whose way of joining a list the language follows.
  if ('list' in value) return listFormat(t('terms:list.locale')).format(value.list.map((item) => String(paramText(item, t))));
  return t(`terms:${value.term}`, paramValues(value.params ?? {}, t));
}

function paramValues(params: MessageParams, t: TFunction): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) values[name] = paramText(value, t);
  return values;
}

/** `namespace:key` of the catalogue with the params in words; a `count` param chooses the plural form. */
export function renderMessage(t: TFunction, namespace: string, key: string, params: MessageParams): string {
  return t(`${namespace}:${key}`, paramValues(params, t));
}

export function diagnosticText(d: Diagnostic, t: TFunction): string {
  return renderMessage(t, 'rules', `${d.rule}.${d.messageId}`, d.params);
}

/** Why a file or a share link was refused (parse, shareLink, readImportFile). */
export function problemText(problem: Problem, t: TFunction): string {
  return renderMessage(t, 'problems', problem.messageId, problem.params);
}

/** Why an edit was refused (trunkEnds, newTrunk, deleteElements). */
export function refusalText(refusal: Message, t: TFunction): string {
  return renderMessage(t, 'refusals', refusal.messageId, refusal.params);
}

/** The formats templates use beyond i18next's own: `capitalize`, for a param that opens a sentence. */
export function addFormats(instance: I18n): void {
  instance.services.formatter?.add('capitalize', (value: unknown) => {
    const text = String(value);
    return text.charAt(0).toUpperCase() + text.slice(1);
  });
}
