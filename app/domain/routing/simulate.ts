// What happens to a dialed number (../shared/spec/routing.md): normalization by the dial plan,
// routes by the voice policy's usages, failover order, and per trunk its effective configuration
// and the number it sends. The one implementation: the designer, `npm run route` and
// ROUTING_TEST_FAILED all call routeNumber.
import { DIALABLE } from '../limits.ts';
import { compilePattern, firstMatch, isMatch, substitute, type CompiledPattern } from './pattern.ts';
import { scopeIdentity } from './identity.ts';
import { type RoutingDocument, effectiveTrunkConfiguration, globalDialPlan, globalVoicePolicy, routingIndex, usageKey } from './scopes.ts';
import type { DialPlan, RoutingTest, VoicePolicy, VoiceRoute } from './types.ts';

export interface NamedRef {
  id: string;
  name: string;
}

export interface ScopedRef {
  id: string;
  /** As Lync writes the identity: `Global`, `site:Redmond`, `tag:Sales`, `Registrar:pool.contoso.com`. */
  scope: string;
}

export interface TrunkLeg {
  id: string;
  name: string;
  peerId: string;
  mediationId: string;
  /** Id of the effective trunk configuration (format-2.md, Scopes). */
  configuration: string | null;
  /** The number sent to the peer; null when its translation is unknown. */
  sentNumber: string | null;
  translationRule: string | null;
}

export interface OrderEntry {
  usage: string;
  route: NamedRef;
  trunks: TrunkLeg[];
}

export type UnknownStep = 'normalize' | 'route' | 'translate';

export interface RoutingOutcome {
  dialedNumber: string;
  dialPlan: ScopedRef;
  normalization: { rule: string | null; number: string } | null;
  voicePolicy: ScopedRef;
  firstUsage: string | null;
  firstRoute: NamedRef | null;
  order: OrderEntry[];
  unknown: { step: UnknownStep; owner: string; pattern: string } | null;
}

export interface RoutingQuery {
  dialedNumber: string;
  /** Defaults to the global dial plan. */
  dialPlanId?: string;
  /** Defaults to the global voice policy. */
  voicePolicyId?: string;
}

/**
 * A number someone can dial: as typed in a routing test (format-2.md: 1–64 of `0-9 + * # ; = a-z`), with
 * at least one digit (Trunkline's reading: letters alone, as in "abc", dial nothing).
 */
export function isDialable(number: string): boolean {
  return DIALABLE.test(number) && /[0-9]/.test(number);
}

/** A pattern that can be evaluated, or null (PATTERN_INVALID or PATTERN_UNSUPPORTED): the step is unknown. */
function evaluable(source: string): CompiledPattern | null {
  const verdict = compilePattern(source);
  return verdict.kind === 'ok' ? verdict.pattern : null;
}

const EMPTY_PLAN: DialPlan = { id: '', scope: { kind: 'global' }, externalAccessPrefix: '9', optimizeDeviceDialing: false, normalizationRules: [] };
const EMPTY_POLICY: VoicePolicy = {
  id: '', scope: { kind: 'global' }, pstnUsages: [], allowPstnReRouting: true, preventPstnTollBypass: false,
  callForwardingSimulRingUsageType: 'voicePolicyUsage', customCallForwardingSimulRingUsages: [],
};

/**
 * The outcome of dialing a number (routing.md). Never throws: a plan or policy id that names
 * nothing is read as an empty plan or policy (the CLI refuses such ids before calling).
 */
export function routeNumber(doc: RoutingDocument, query: RoutingQuery): RoutingOutcome {
  const index = routingIndex(doc);
  const plan = (query.dialPlanId !== undefined ? index.dialPlanById.get(query.dialPlanId) : globalDialPlan(doc)) ?? EMPTY_PLAN;
  const policy = (query.voicePolicyId !== undefined ? index.voicePolicyById.get(query.voicePolicyId) : globalVoicePolicy(doc)) ?? EMPTY_POLICY;
  const outcome: RoutingOutcome = {
    dialedNumber: query.dialedNumber,
    dialPlan: { id: plan.id, scope: scopeIdentity(doc, plan.scope) },
    normalization: null,
    voicePolicy: { id: policy.id, scope: scopeIdentity(doc, policy.scope) },
    firstUsage: null,
    firstRoute: null,
    order: [],
    unknown: null,
  };

  // 1. Normalize: the first rule that matches rewrites the whole number.
  let number = query.dialedNumber;
  let rule: string | null = null;
  for (const r of plan.normalizationRules) {
    const pattern = evaluable(r.pattern);
    if (pattern === null) {
      outcome.unknown = { step: 'normalize', owner: plan.id, pattern: r.pattern };
      return outcome;
    }
    const groups = firstMatch(pattern, number);
    if (groups !== null) {
      number = substitute(r.translation, groups);
      rule = r.name;
      break;
    }
  }
  outcome.normalization = { rule, number };

  // 2–4. Candidates per usage, in the policy's order; every route of those usages is evaluated.
  const candidates: { usage: string; routes: VoiceRoute[] }[] = [];
  const seenUsages = new Set<string>();
  for (const usage of policy.pstnUsages) {
    const key = usageKey(usage);
    if (seenUsages.has(key)) continue;
    seenUsages.add(key);
    const matching: VoiceRoute[] = [];
    for (const route of index.routesByUsage.get(key) ?? []) {
      const pattern = evaluable(route.numberPattern);
      if (pattern === null) {
        outcome.unknown = { step: 'route', owner: route.id, pattern: route.numberPattern };
        return outcome;
      }
      if (isMatch(pattern, number)) matching.push(route);
    }
    if (matching.length > 0) candidates.push({ usage: index.usageSpelling.get(key) ?? usage, routes: matching });
  }
  const first = candidates[0];
  if (first === undefined) return outcome;
  outcome.firstUsage = first.usage;
  outcome.firstRoute = { id: first.routes[0]!.id, name: first.routes[0]!.name };

  // 5. Each listed route's trunks, each with its configuration and the number it sends.
  const listed = new Set<string>();
  for (const { usage, routes } of candidates) {
    for (const route of routes) {
      if (listed.has(route.id)) continue;
      listed.add(route.id);
      const trunks: TrunkLeg[] = [];
      for (const trunkId of route.trunkIds) {
        const trunk = index.trunkById.get(trunkId);
        if (trunk === undefined) continue;
        trunks.push(leaveBy(doc, trunk, number, outcome));
      }
      outcome.order.push({ usage, route: { id: route.id, name: route.name }, trunks });
    }
  }
  return outcome;
}

function leaveBy(doc: RoutingDocument, trunk: RoutingDocument['trunks'][number], number: string, outcome: RoutingOutcome): TrunkLeg {
  const configuration = effectiveTrunkConfiguration(doc, trunk.id);
  const leg: TrunkLeg = {
    id: trunk.id, name: trunk.name, peerId: trunk.peerId, mediationId: trunk.mediationId,
    configuration: configuration?.id ?? null, sentNumber: number, translationRule: null,
  };
  for (const r of configuration?.outboundTranslationRules ?? []) {
    const pattern = evaluable(r.pattern);
    if (pattern === null) {
      outcome.unknown ??= { step: 'translate', owner: configuration!.id, pattern: r.pattern };
      leg.sentNumber = null;
      return leg;
    }
    const groups = firstMatch(pattern, number);
    if (groups !== null) {
      leg.sentNumber = substitute(r.translation, groups);
      leg.translationRule = r.name;
      return leg;
    }
  }
  return leg;
}

export type ExpectationKey = 'translation' | 'usage' | 'routeId';

export interface ExpectationFailure {
  key: ExpectationKey;
  expected: string | null;
  /** undefined: the step that decides it is unknown. */
  actual: string | null | undefined;
}

/** The expectations of a routing test that its outcome does not meet (routing.md). */
export function routingTestFailures(test: RoutingTest, outcome: RoutingOutcome): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  const step = outcome.unknown?.step;
  const normalizeUnknown = step === 'normalize';
  const routeUnknown = normalizeUnknown || step === 'route';
  const { translation, usage, routeId } = test.expect;
  if (translation !== undefined) {
    const actual = normalizeUnknown ? undefined : outcome.normalization?.number ?? null;
    if (actual !== translation) failures.push({ key: 'translation', expected: translation, actual });
  }
  if (usage !== undefined) {
    const actual = routeUnknown ? undefined : outcome.firstUsage;
    const same = actual !== undefined && (actual === null || usage === null ? actual === usage : usageKey(actual) === usageKey(usage));
    if (!same) failures.push({ key: 'usage', expected: usage, actual });
  }
  if (routeId !== undefined) {
    const actual = routeUnknown ? undefined : outcome.firstRoute?.id ?? null;
    if (actual !== routeId) failures.push({ key: 'routeId', expected: routeId, actual });
  }
  return failures;
}

/** The outcome of a saved routing test. */
export function runRoutingTest(doc: RoutingDocument, test: RoutingTest): RoutingOutcome {
  return routeNumber(doc, { dialedNumber: test.dialedNumber, dialPlanId: test.dialPlanId, voicePolicyId: test.voicePolicyId });
}
