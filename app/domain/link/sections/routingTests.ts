// Routing tests (link version 2), column by column: flags (which expectations the test holds, and
// which of them expect no match), dial plan and voice policy references, expected usages and routes,
// ids, names, dialed numbers, expected translations. An expected route is not a checked reference in
// format 2: one the link does not hold is written out, like any reference to a missing element.
import type { RoutingTest } from '../../routing/types.ts';
import type { TextReader, TextWriter } from '../text.ts';
import { readIndexRef, writeIndexRef } from './refs.ts';
import type { RuleTexts } from './rules.ts';
import { type JsonObject, type LayoutInput, type LayoutOutput, readFlags } from './section.ts';
import type { UsageRefReader, UsageRefWriter } from './usages.ts';

const X_TRANSLATION = 1;
const X_USAGE = 1 << 1;
const X_USAGE_NULL = 1 << 2;
const X_ROUTE = 1 << 3;
const X_ROUTE_NULL = 1 << 4;
const X_ALL = (1 << 5) - 1;

/** Approximate JSON characters of a test without its texts. */
const TEST_COST = 120;

/** The indexes of the lists a test refers to, by id. */
export interface TestTargets<T> {
  dialPlans: T;
  voicePolicies: T;
  voiceRoutes: T;
}

export function writeRoutingTests(out: LayoutOutput, tests: readonly RoutingTest[], targets: TestTargets<ReadonlyMap<string, number>>, usages: UsageRefWriter, rules: RuleTexts<TextWriter>): void {
  const { w } = out;
  w.uint(tests.length);
  for (const { expect: x } of tests) {
    w.uint(
      (x.translation !== undefined ? X_TRANSLATION : 0) |
        (x.usage !== undefined ? X_USAGE : 0) |
        (x.usage === null ? X_USAGE_NULL : 0) |
        (x.routeId !== undefined ? X_ROUTE : 0) |
        (x.routeId === null ? X_ROUTE_NULL : 0),
    );
  }
  for (const test of tests) writeIndexRef(w, targets.dialPlans, test.dialPlanId);
  for (const test of tests) writeIndexRef(w, targets.voicePolicies, test.voicePolicyId);
  for (const { expect: x } of tests) if (typeof x.usage === 'string') usages.one(x.usage);
  for (const { expect: x } of tests) if (typeof x.routeId === 'string') writeIndexRef(w, targets.voiceRoutes, x.routeId);
  const ids = out.texts();
  for (const test of tests) ids.write(test.id);
  const names = out.texts();
  for (const test of tests) names.write(test.name);
  const numbers = out.texts();
  for (const test of tests) numbers.write(test.dialedNumber);
  for (const { expect: x } of tests) if (x.translation !== undefined) rules.translations.write(x.translation);
}

export function readRoutingTests(input: LayoutInput, targets: TestTargets<readonly string[]>, usages: UsageRefReader, rules: RuleTexts<TextReader>): JsonObject[] {
  // "Expects no match" without "expects": no encoder writes that.
  const flags = readFlags(input, TEST_COST, X_ALL, 'routing test', (f) => ((f & X_USAGE_NULL) === 0 || (f & X_USAGE) !== 0) && ((f & X_ROUTE_NULL) === 0 || (f & X_ROUTE) !== 0));
  const tests = flags.map((): JsonObject => ({ id: '', name: '', dialedNumber: '', dialPlanId: '', voicePolicyId: '', expect: {} }));
  for (const test of tests) test.dialPlanId = readIndexRef(input, targets.dialPlans, 'dial plan');
  for (const test of tests) test.voicePolicyId = readIndexRef(input, targets.voicePolicies, 'voice policy');
  const expectations = tests.map((test) => test.expect as JsonObject);
  const usagesOf = flags.map((f) => ((f & X_USAGE) === 0 ? undefined : (f & X_USAGE_NULL) !== 0 ? null : usages.one()));
  const routesOf = flags.map((f) => ((f & X_ROUTE) === 0 ? undefined : (f & X_ROUTE_NULL) !== 0 ? null : readIndexRef(input, targets.voiceRoutes, 'voice route')));
  const ids = input.texts();
  for (const test of tests) test.id = ids.read();
  const names = input.texts();
  for (const test of tests) test.name = names.read();
  const numbers = input.texts();
  for (const test of tests) test.dialedNumber = numbers.read();
  flags.forEach((f, i) => {
    const x = expectations[i]!;
    if ((f & X_TRANSLATION) !== 0) x.translation = rules.translations.read();
    const usage = usagesOf[i];
    if (usage !== undefined) x.usage = usage;
    const route = routesOf[i];
    if (route !== undefined) x.routeId = route;
  });
  return tests;
}
