// Diagnostics and the shape of a rule. Each rule lives in its own module under rules/.
import type { NodeKind, Topology } from './model.ts';
import type { TopologyIndex } from './topologyIndex.ts';

export type Severity = 'error' | 'warning';

/** A node named in a message: its kind, which a translation words in its own language, and its name. */
export interface NodeRef {
  kind: NodeKind;
  name: string;
}

/**
 * A word or phrase English writes into a sentence, named by a term that each translation words in its own
 * language (`terms.<term>` in the catalogue), with the raw value it quotes, if any:
 * `{ term: 'found.text', value: 'abc' }` is 'the text "abc"' in English, `{ term: 'type.boolean' }` is 'true or false'.
 */
export interface TermRef {
  term: string;
  value?: string | number;
}

/** A value in a message: text and numbers as they are, nodes as a kind and a name, words as a term. */
export type MessageParam = string | number | NodeRef | TermRef;

/**
 * How a message is put into words. The domain writes the English message itself (the CLI prints it);
 * the designer looks up `rules.<rule>.<id>` in its catalogue with these params, and falls back to
 * the English message when the language has no such entry.
 */
export interface MessageKey {
  id: string;
  params: Record<string, MessageParam>;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  /** Ids of the elements involved; the first is the one to fix. */
  targets: string[];
  /** For translation; absent where a rule has not been given one yet. */
  key?: MessageKey;
}

export interface RuleContext {
  doc: Topology;
  index: TopologyIndex;
}

export interface RuleReport {
  message: string;
  targets: string[];
  key?: MessageKey;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** Where the rule comes from in the Lync Server 2013 documentation (rules.md). */
  source: string;
  /** One sentence for the rule list and tooltips. */
  description: string;
  /** The rule's message ids and the names of their params, for translators and for tests. */
  messages?: Readonly<Record<string, readonly string[]>>;
  check(context: RuleContext): RuleReport[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The reports of a rule that looks at each item on its own: one report, or none (null), per item. */
export function reportEach<T>(items: readonly T[], report: (item: T) => RuleReport | null): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const item of items) {
    const found = report(item);
    if (found !== null) reports.push(found);
  }
  return reports;
}
