// Diagnostics, messages and the shape of a rule. Each rule lives in its own module under rules/.
// A message is written once, in English, where it is raised (a rule's `messages`, PROBLEM_MESSAGES,
// REFUSAL_MESSAGES, TERMS); what is raised carries only its message id and params. app/i18n renders it,
// for the command line and the designer alike, in English or from a language's catalogue.
import type { Topology } from './model.ts';
import type { TopologyIndex } from './topologyIndex.ts';

export type Severity = 'error' | 'warning';

/**
 * A word or phrase inside a message, written in the `terms` catalogue (TERMS in English) with its own params:
 * `{ term: 'found.text', params: { value: 'abc' } }` is 'the text "abc"' in English, a node is its kind and name.
 */
export interface TermRef {
  term: string;
  params?: MessageParams;
}

/** Items a language joins as a list ("a, b and c" in English, "a, b y c" in Spanish). */
export interface ListParam {
  list: readonly MessageParam[];
}

/** A value in a message: text and numbers as they are, words as a term, several values as a list. */
export type MessageParam = string | number | TermRef | ListParam;

export type MessageParams = Readonly<Record<string, MessageParam>>;

/**
 * An English message: a template whose `{{name}}` placeholders are its params (i18next syntax, with
 * formats such as `{{node, capitalize}}` or `{{limit, number}}`), or plural forms chosen by `{{count}}`.
 */
export type MessageTemplate = string | { readonly one: string; readonly other: string };

export type MessageTemplates = Readonly<Record<string, MessageTemplate>>;

/** What was said, without words: a message id and its params. */
export interface Message {
  messageId: string;
  params: MessageParams;
}

export interface Diagnostic extends Message {
  rule: string;
  severity: Severity;
  /** Ids of the elements involved; the first is the one to fix. */
  targets: string[];
}

export interface RuleContext {
  doc: Topology;
  index: TopologyIndex;
}

export interface RuleReport<Id extends string = string> {
  messageId: Id;
  params: MessageParams;
  targets: string[];
}

export interface Rule<Id extends string = string> {
  id: string;
  severity: Severity;
  /** Where the rule comes from in the Lync Server 2013 documentation (rules.md). */
  source: string;
  /** One sentence for the rule list and tooltips. */
  description: string;
  /** The rule's messages in English, by message id: the English catalogue of `rules.<id>`. */
  messages: Readonly<Record<Id, MessageTemplate>>;
  check(context: RuleContext): RuleReport<Id>[];
}

/** A rule whose reports can only name the message ids it declares. */
export function defineRule<Id extends string>(rule: Rule<Id>): Rule {
  return rule as unknown as Rule;
}

/** A term of the `terms` catalogue, with its params. */
export function term(id: string, params?: MessageParams): TermRef {
  return params === undefined ? { term: id } : { term: id, params };
}

/** The reports of a rule that looks at each item on its own: one report, or none (null), per item. */
export function reportEach<T, Id extends string>(items: readonly T[], report: (item: T) => RuleReport<Id> | null): RuleReport<Id>[] {
  const reports: RuleReport<Id>[] = [];
  // Indexed: a for…of makes an iterator result per item until the optimizing compiler takes the loop over,
  // and a rule runs once per document version (10,000 items, 0.4 MB of garbage per rule).
  for (let k = 0; k < items.length; k++) {
    const found = report(items[k]!);
    if (found !== null) reports.push(found);
  }
  return reports;
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
