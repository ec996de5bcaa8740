// Commands on the saved routing tests (format-2.md, Routing tests): "Save as test" from "Test a number",
// and deleting a test. Each is a pure function from one document to the next: one commit, one undo step.
import { uniqueId, usedIds } from '../defaults.ts';
import { LIMITS } from '../limits.ts';
import type { Topology } from '../model.ts';
import { isDialable, routeNumber, type RoutingOutcome } from './simulate.ts';
import { globalDialPlan, globalVoicePolicy } from './scopes.ts';
import type { RoutingTest, RoutingTestExpectation } from './types.ts';

export interface TestInputs {
  number: string;
  dialPlanId: string;
  voicePolicyId: string;
}

/**
 * What a test saved from this outcome expects: the normalized number, the first usage and the first
 * route (null: no route). A key whose step is unknown is left out, so the test checks only what is known.
 */
export function expectationOf(outcome: RoutingOutcome): RoutingTestExpectation {
  const step = outcome.unknown?.step;
  if (step === 'normalize' || outcome.normalization === null) return {};
  const expect: RoutingTestExpectation = { translation: outcome.normalization.number };
  if (step === 'route') return expect;
  return { ...expect, usage: outcome.firstUsage, routeId: outcome.firstRoute?.id ?? null };
}

/** The dialed number as a test name (1–32 characters), made distinct from the other tests' names. */
export function testName(doc: Topology, number: string): string {
  const names = new Set(doc.routingTests.map((t) => t.name.toLowerCase()));
  const max = LIMITS.testNameChars;
  const base = number.slice(0, max);
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, max - suffix.length)}${suffix}`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}

export type SaveTestResult = { ok: true; doc: Topology; test: RoutingTest } | { ok: false; reason: 'notDialable' | 'limit' };

/**
 * "Save as test": the inputs and the outcome they give now, as a routing test. A dial plan or voice
 * policy that no longer exists is replaced by the global one, as the simulator reads it.
 */
export function saveRoutingTest(doc: Topology, inputs: TestInputs, name?: string): SaveTestResult {
  if (!isDialable(inputs.number)) return { ok: false, reason: 'notDialable' };
  if (doc.routingTests.length >= LIMITS.routingTests) return { ok: false, reason: 'limit' };
  const dialPlanId = doc.dialPlans.some((p) => p.id === inputs.dialPlanId) ? inputs.dialPlanId : globalDialPlan(doc)?.id;
  const voicePolicyId = doc.voicePolicies.some((p) => p.id === inputs.voicePolicyId) ? inputs.voicePolicyId : globalVoicePolicy(doc)?.id;
  // The parser always adds the global plan and policy: a document without them was not read by it.
  if (dialPlanId === undefined || voicePolicyId === undefined) return { ok: false, reason: 'notDialable' };
  const outcome = routeNumber(doc, { dialedNumber: inputs.number, dialPlanId, voicePolicyId });
  const id = uniqueId(usedIds(doc), 'rt');
  const chosen = name?.trim().slice(0, LIMITS.testNameChars);
  const test: RoutingTest = {
    id,
    name: chosen ? chosen : testName(doc, inputs.number),
    dialedNumber: inputs.number,
    dialPlanId,
    voicePolicyId,
    expect: expectationOf(outcome),
  };
  return { ok: true, doc: { ...doc, routingTests: [...doc.routingTests, test] }, test };
}

/** Deletes a saved routing test; the same document when there is none with that id. */
export function deleteRoutingTest(doc: Topology, id: string): Topology {
  if (!doc.routingTests.some((t) => t.id === id)) return doc;
  return { ...doc, routingTests: doc.routingTests.filter((t) => t.id !== id) };
}
