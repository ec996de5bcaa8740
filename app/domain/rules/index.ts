// The rules engine: every rule of rules.md, registered in one list, run over a parsed topology.
import type { Diagnostic, Rule, Severity } from '../diagnostic.ts';
import type { Topology } from '../model.ts';
import { indexTopology, type TopologyIndex } from '../topologyIndex.ts';
import { namesAndSitesRules } from './namesSitesPools.ts';
import { scopesRoutingRules } from './scopesRouting.ts';
import { trunkMediaCapacityRules } from './trunksMediaCapacity.ts';

export const RULES: readonly Rule[] = [...namesAndSitesRules, ...trunkMediaCapacityRules, ...scopesRoutingRules];

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1 };

/** Errors first, then rule id, then first target (format.md, "Validator output"). */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    compareStrings(a.targets[0] ?? '', b.targets[0] ?? '')
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function runRule(rule: Rule, doc: Topology, index: TopologyIndex = indexTopology(doc)): Diagnostic[] {
  return rule.check({ doc, index }).map(({ messageId, params, targets }) => ({ rule: rule.id, severity: rule.severity, messageId, params, targets }));
}

/**
 * validate, a rule at a time (a step between rules): the designer checks a large design over several tasks
 * (ui/checks.ts), so that the page is never blocked for all of it. The same diagnostics in the same order.
 */
export function* validateInSteps(doc: Topology, rules: readonly Rule[] = RULES): Generator<void, Diagnostic[], void> {
  const index = indexTopology(doc);
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    yield;
    diagnostics.push(...runRule(rule, doc, index));
  }
  // Array.prototype.sort is stable, so equal keys keep document order.
  return diagnostics.sort(compareDiagnostics);
}

export function validate(doc: Topology, rules: readonly Rule[] = RULES): Diagnostic[] {
  const steps = validateInSteps(doc, rules);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// Counting lives beside the shapes, so that the designer counts without loading the rules.
export { countDiagnostics, type DiagnosticCounts } from '../diagnostic.ts';
