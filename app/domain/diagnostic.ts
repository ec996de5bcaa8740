// Diagnostics and the shape of a rule. Each rule lives in its own module under rules/.
import type { Topology } from './model.ts';
import type { TopologyIndex } from './topologyIndex.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  /** Ids of the elements involved; the first is the one to fix. */
  targets: string[];
}

export interface RuleContext {
  doc: Topology;
  index: TopologyIndex;
}

export interface RuleReport {
  message: string;
  targets: string[];
}

export interface Rule {
  id: string;
  severity: Severity;
  /** Where the rule comes from in the Lync Server 2013 documentation (rules.md). */
  source: string;
  /** One sentence for the rule list and tooltips. */
  description: string;
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
