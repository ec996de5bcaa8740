// What happens to a dialed number (../shared/spec/routing.md): normalization by the dial plan,
// routes by the voice policy's usages, failover order, and per trunk its effective configuration
// and the number it sends. The one implementation: the designer, `npm run route` and
// ROUTING_TEST_FAILED all call routeNumber.
import { DIALABLE } from './schema.ts';
import { compilePattern, firstMatch, isMatch, substitute, type CompiledPattern } from './pattern.ts';
import type { DialPlan, RoutingCollections, RoutingTest, Scope, TrunkConfiguration, VoicePolicy, VoiceRoute } from './types.ts';

/** What the simulator reads of a document; a format-2 topology is one. */
export interface RoutingDocument extends RoutingCollections {
  readonly sites: readonly { id: string; name: string }[];
  readonly nodes: readonly { id: string; kind: string; siteId: string; fqdn?: string }[];
  readonly trunks: readonly { id: string; name: string; peerId: string; mediationId: string }[];
}

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

/** Usage names compare case-insensitively everywhere (format-2.md). */
export const usageKey = (usage: string): string => usage.toLowerCase();

/** A scope written as Lync writes the identity of the object that has it. */
export function scopeIdentity(doc: RoutingDocument, scope: Scope): string {
  const index = routingIndex(doc);
  switch (scope.kind) {
    case 'global':
      return 'Global';
    case 'site':
      return `site:${index.siteName.get(scope.siteId) ?? scope.siteId}`;
    case 'tag':
      return `tag:${scope.name}`;
    case 'pool':
      return `Registrar:${index.nodeById.get(scope.poolId)?.fqdn ?? scope.poolId}`;
    case 'trunk':
      // Trunkline's reading: a trunk's own configuration carries the trunk's name in Topology Builder.
      return `PstnGateway:${index.trunkById.get(scope.trunkId)?.name ?? scope.trunkId}`;
  }
}

// One index per document version: routes by usage in priority order, configurations by scope.
interface RoutingIndex {
  /** Usage key → routes naming it, by priority then document order. */
  routesByUsage: Map<string, VoiceRoute[]>;
  /** Usage key → spelling in the pstnUsages list. */
  usageSpelling: Map<string, string>;
  trunkById: Map<string, RoutingDocument['trunks'][number]>;
  /** One map for the node's site and FQDN: on 10,000 nodes each map costs a few milliseconds. */
  nodeById: Map<string, RoutingDocument['nodes'][number]>;
  siteName: Map<string, string>;
  trunkConfigByTrunk: Map<string, TrunkConfiguration>;
  trunkConfigBySite: Map<string, TrunkConfiguration>;
  globalTrunkConfig: TrunkConfiguration | undefined;
  dialPlanById: Map<string, DialPlan>;
  voicePolicyById: Map<string, VoicePolicy>;
}

const indexes = new WeakMap<RoutingDocument, RoutingIndex>();

function firstByScope<T extends { scope: Scope }>(items: readonly T[], key: (scope: Scope) => string | null): Map<string, T> {
  // With SCOPE_DUPLICATE the first object of a scope is the one that applies (Trunkline's reading).
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item.scope);
    if (k !== null && !map.has(k)) map.set(k, item);
  }
  return map;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/** The trunk with this id, from the document's routing index (built once per document version). */
export function trunkWithId(doc: RoutingDocument, trunkId: string): RoutingDocument['trunks'][number] | undefined {
  return routingIndex(doc).trunkById.get(trunkId);
}

function routingIndex(doc: RoutingDocument): RoutingIndex {
  const hit = indexes.get(doc);
  if (hit) return hit;
  const routesByUsage = new Map<string, VoiceRoute[]>();
  doc.voiceRoutes.forEach((route) => {
    const seen = new Set<string>();
    for (const usage of route.pstnUsages) {
      const key = usageKey(usage);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = routesByUsage.get(key);
      if (list) list.push(route);
      else routesByUsage.set(key, [route]);
    }
  });
  // Stable sort keeps document order among equal priorities (routing.md step 2).
  for (const list of routesByUsage.values()) list.sort((a, b) => a.priority - b.priority);
  const usageSpelling = new Map<string, string>();
  for (const usage of doc.pstnUsages) if (!usageSpelling.has(usageKey(usage))) usageSpelling.set(usageKey(usage), usage);
  const index: RoutingIndex = {
    routesByUsage,
    usageSpelling,
    trunkById: byId(doc.trunks),
    nodeById: byId(doc.nodes),
    siteName: new Map(doc.sites.map((site) => [site.id, site.name])),
    trunkConfigByTrunk: firstByScope(doc.trunkConfigurations, (s) => (s.kind === 'trunk' ? s.trunkId : null)),
    trunkConfigBySite: firstByScope(doc.trunkConfigurations, (s) => (s.kind === 'site' ? s.siteId : null)),
    globalTrunkConfig: doc.trunkConfigurations.find((c) => c.scope.kind === 'global'),
    dialPlanById: new Map(doc.dialPlans.map((p) => [p.id, p])),
    voicePolicyById: new Map(doc.voicePolicies.map((p) => [p.id, p])),
  };
  indexes.set(doc, index);
  return index;
}

/** The trunk configuration that applies to a trunk: its own, else its peer's site's, else global. */
export function effectiveTrunkConfiguration(doc: RoutingDocument, trunkId: string): TrunkConfiguration | undefined {
  const index = routingIndex(doc);
  const own = index.trunkConfigByTrunk.get(trunkId);
  if (own) return own;
  const trunk = index.trunkById.get(trunkId);
  const site = trunk ? index.nodeById.get(trunk.peerId)?.siteId : undefined;
  return (site !== undefined ? index.trunkConfigBySite.get(site) : undefined) ?? index.globalTrunkConfig;
}

/** Why a configuration applies to a trunk: its own, its peer's site's, or the global one. */
export function configurationReason(doc: RoutingDocument, trunkId: string): Scope['kind'] | null {
  return effectiveTrunkConfiguration(doc, trunkId)?.scope.kind ?? null;
}

export function globalDialPlan(doc: RoutingDocument): DialPlan | undefined {
  return doc.dialPlans.find((p) => p.scope.kind === 'global');
}

export function globalVoicePolicy(doc: RoutingDocument): VoicePolicy | undefined {
  return doc.voicePolicies.find((p) => p.scope.kind === 'global');
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
