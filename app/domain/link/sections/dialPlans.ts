// Dial plans (link version 2), column by column: flags (scope kind, what differs from New-CsDialPlan's
// defaults, and whether the rules are exactly Lync's "Keep All"), scopes, external access prefixes,
// normalization rules, ids. The global plan as the parser adds it costs two bytes.
import type { DialPlan, NormalizationRule } from '../../routing/types.ts';
import { ID_PREFIXES, KEEP_ALL_RULE, USUAL_DIAL_PLAN as USUAL } from '../frozen.ts';
import type { TextReader, TextWriter } from '../text.ts';
import { type RuleTexts, readRules, writeRules } from './rules.ts';
import { type ScopeIds, type ScopeIndexes, readScopes, scopeCode, scopedIdCandidates, writeScopes } from './scopes.ts';
import { type JsonObject, type LayoutInput, type LayoutOutput, type Switches, readFlags, readSwitches, switchBits } from './section.ts';

// Bits 0-2: the scope's kind.
const D_PREFIX = 1 << 3;
const SWITCHES = [['optimizeDeviceDialing', 1 << 4]] as const satisfies Switches<keyof DialPlan>;
const D_KEEP_ALL = 1 << 5;
const D_ALL = (1 << 6) - 1;

/** Approximate JSON characters of a plan without its texts and rules. */
const PLAN_COST = 120;

export function writeDialPlans(out: LayoutOutput, plans: readonly DialPlan[], scopes: ScopeIndexes, rules: RuleTexts<TextWriter>): void {
  const { w } = out;
  w.uint(plans.length);
  for (const p of plans) {
    w.uint(scopeCode(p.scope) | (p.externalAccessPrefix !== USUAL.externalAccessPrefix ? D_PREFIX : 0) | switchBits(p, SWITCHES, USUAL) | (isKeepAll(p.normalizationRules) ? D_KEEP_ALL : 0));
  }
  writeScopes(
    out,
    plans.map((p) => p.scope),
    scopes,
  );
  const prefixes = out.texts();
  for (const p of plans) if (p.externalAccessPrefix !== USUAL.externalAccessPrefix) prefixes.write(p.externalAccessPrefix);
  for (const p of plans) if (!isKeepAll(p.normalizationRules)) writeRules(out, p.normalizationRules, rules, true);
  const ids = out.texts();
  for (const p of plans) ids.write(p.id, scopedIdCandidates(ID_PREFIXES.dialPlan, p.scope));
}

/** The plans, as JSON, and their ids for the routing tests that name them. */
export function readDialPlans(input: LayoutInput, scopeIds: ScopeIds, rules: RuleTexts<TextReader>): { json: JsonObject[]; ids: string[] } {
  const flags = readFlags(input, PLAN_COST, D_ALL, 'dial plan');
  const scopes = readScopes(input, flags, scopeIds, 'dial plan');
  const plans = flags.map((f, i) => {
    const p: JsonObject = { id: '', scope: scopes[i]!, externalAccessPrefix: USUAL.externalAccessPrefix };
    readSwitches(f, SWITCHES, USUAL, p);
    p.normalizationRules = [];
    return p;
  });
  const prefixes = input.texts();
  plans.forEach((p, i) => {
    if ((flags[i]! & D_PREFIX) !== 0) p.externalAccessPrefix = prefixes.read();
  });
  plans.forEach((p, i) => {
    if ((flags[i]! & D_KEEP_ALL) !== 0) {
      input.budget.spend(KEEP_ALL_COST);
      p.normalizationRules = [{ ...KEEP_ALL_RULE }];
    } else p.normalizationRules = readRules(input, rules, true);
  });
  const ids = input.texts();
  plans.forEach((p, i) => (p.id = ids.read(scopedIdCandidates(ID_PREFIXES.dialPlan, scopes[i]!))));
  return { json: plans, ids: plans.map((p) => p.id as string) };
}

/** The JSON characters of the "Keep All" rule, which a plan's flag stands for. */
const KEEP_ALL_COST = JSON.stringify(KEEP_ALL_RULE).length + 1;

function isKeepAll(rules: readonly NormalizationRule[]): boolean {
  if (rules.length !== 1) return false;
  const rule = rules[0]!;
  return (
    rule.name === KEEP_ALL_RULE.name &&
    rule.pattern === KEEP_ALL_RULE.pattern &&
    rule.translation === KEEP_ALL_RULE.translation &&
    rule.isInternalExtension === KEEP_ALL_RULE.isInternalExtension
  );
}
