// The routing workspace's commands on the configuration store (format-2.md), each a pure function from
// one document to the next, as edit.ts is for the topology. Every result keeps the parser's guarantees:
// ids unique across the document, references that resolve, the global trunk configuration, voice policy
// and dial plan always present. What a rule reports (a route name twice, two objects of one scope, an
// invalid pattern) is the rules' business; an edit is refused only where it would lose or break something.
import { usedIds } from '../defaults.ts';
import type { Topology } from '../model.ts';
import { refusal, type EditRefusal } from '../refusals.ts';
import { dialPlanRef, routeRef, trunkConfigurationRef, voicePolicyRef } from '../rules/routingTerms.ts';
import type { TermRef } from '../diagnostic.ts';
import { claimId, DIAL_PLAN_DEFAULTS, globalTrunkConfiguration, newVoiceRoute, VOICE_POLICY_DEFAULTS } from './defaults.ts';
import { usageKey } from './scopes.ts';
import type { DialPlan, NormalizationRule, TranslationRule, TrunkConfiguration, VoicePolicy, VoiceRoute } from './types.ts';
import { indexOfId, replaceAt, updateRoutingObject, type RoutingObjectCollection } from './editCore.ts';

export { dropTrunkOwnConfiguration, giveTrunkOwnConfiguration, trunksUsingConfiguration, updateRoutingObject, type RoutingObjectCollection } from './editCore.ts';

export type RoutingEditResult = { ok: true; doc: Topology } | EditRefusal;


// ——— Lists ———

/** The list with the item at `from` moved by `delta` places (clamped); the same list when nothing moves. */
export function moveInList<T>(list: readonly T[], from: number, delta: number): readonly T[] {
  const to = Math.max(0, Math.min(list.length - 1, from + delta));
  if (from < 0 || from >= list.length || to === from) return list;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** A name not yet in `taken` (compared case-insensitively): `base`, `base 2`, `base 3`, … */
export function freshName(taken: Iterable<string>, base: string): string {
  const set = new Set<string>();
  for (const name of taken) set.add(name.toLowerCase());
  if (!set.has(base.toLowerCase())) return base;
  const stem = base.replace(/ \d+$/, '');
  for (let n = 2; ; n++) if (!set.has(`${stem} ${n}`.toLowerCase())) return `${stem} ${n}`;
}

// ——— Objects with ids ———

/** Moves one object of a collection by `delta` places: document order decides among equal priorities. */
export function moveRoutingObject(doc: Topology, collection: RoutingObjectCollection, id: string, delta: number): Topology {
  const list = doc[collection] as readonly { id: string }[];
  const next = moveInList(list, indexOfId(list, id), delta);
  return next === list ? doc : { ...doc, [collection]: next };
}

function globalRef(doc: Topology, object: VoicePolicy | DialPlan | TrunkConfiguration, collection: RoutingObjectCollection): TermRef {
  if (collection === 'voicePolicies') return voicePolicyRef(doc, object as VoicePolicy);
  if (collection === 'dialPlans') return dialPlanRef(doc, object as DialPlan);
  return trunkConfigurationRef(doc, object as TrunkConfiguration);
}

/**
 * Deletes one object. Lync's global trunk configuration, voice policy and dial plan always exist and are
 * refused; a routing test whose dial plan or voice policy goes uses the global one (as deleting a site does).
 */
export function deleteRoutingObject(doc: Topology, collection: RoutingObjectCollection, id: string): RoutingEditResult {
  const list = doc[collection] as readonly (VoiceRoute | VoicePolicy | DialPlan | TrunkConfiguration)[];
  const object = list.find((item) => item.id === id);
  if (!object) return { ok: true, doc };
  if ('scope' in object && object.scope.kind === 'global' && list.filter((o) => 'scope' in o && o.scope.kind === 'global').length === 1) {
    return refusal('routing.deleteGlobal', { object: globalRef(doc, object, collection) });
  }
  const next: Topology = { ...doc, [collection]: list.filter((item) => item.id !== id) };
  if (collection === 'voicePolicies' || collection === 'dialPlans') {
    const key = collection === 'voicePolicies' ? 'voicePolicyId' : 'dialPlanId';
    const fallback = (next[collection] as readonly (VoicePolicy | DialPlan)[]).find((o) => o.scope.kind === 'global')!.id;
    if (doc.routingTests.some((t) => t[key] === id)) next.routingTests = doc.routingTests.map((t) => (t[key] === id ? { ...t, [key]: fallback } : t));
  }
  return { ok: true, doc: next };
}

/** Deletes several voice routes at once (a selection in the table). */
export function deleteVoiceRoutes(doc: Topology, ids: ReadonlySet<string>): Topology {
  const voiceRoutes = doc.voiceRoutes.filter((r) => !ids.has(r.id));
  return voiceRoutes.length === doc.voiceRoutes.length ? doc : { ...doc, voiceRoutes };
}

/** Inserts an object right after the one at `after` (or at the end). */
function insertAfter<T>(list: readonly T[], after: number, item: T): T[] {
  const next = list.slice();
  next.splice(after < 0 ? next.length : after + 1, 0, item);
  return next;
}

export interface Added {
  doc: Topology;
  id: string;
}

/** A new voice route, "Route N" with a pattern that matches every E.164 number of the US, after the others. */
export function addVoiceRoute(doc: Topology): Added {
  const id = claimId(usedIds(doc), 'route');
  const name = freshName(doc.voiceRoutes.map((r) => r.name), `Route ${doc.voiceRoutes.length + 1}`);
  const route = newVoiceRoute({ id, name, numberPattern: '^(\\+1[0-9]{10})$' });
  return { doc: { ...doc, voiceRoutes: [...doc.voiceRoutes, route] }, id };
}

/** A tag scope whose name no object of the collection uses yet. */
function freshTag(list: readonly (VoicePolicy | DialPlan)[], base: string): { kind: 'tag'; name: string } {
  return { kind: 'tag', name: freshName(list.flatMap((o) => (o.scope.kind === 'tag' ? [o.scope.name] : [])), base) };
}

/** A new voice policy for users with a new tag, with Lync's defaults and no usage yet. */
export function addVoicePolicy(doc: Topology): Added {
  const id = claimId(usedIds(doc), 'policy');
  const policy: VoicePolicy = { id, scope: freshTag(doc.voicePolicies, 'Policy 1'), ...VOICE_POLICY_DEFAULTS, pstnUsages: [], customCallForwardingSimulRingUsages: [] };
  return { doc: { ...doc, voicePolicies: [...doc.voicePolicies, policy] }, id };
}

/** A new dial plan for users with a new tag, with Lync's defaults and no rule yet. */
export function addDialPlan(doc: Topology): Added {
  const id = claimId(usedIds(doc), 'plan');
  const plan: DialPlan = { id, scope: freshTag(doc.dialPlans, 'Plan 1'), ...DIAL_PLAN_DEFAULTS, normalizationRules: [] };
  return { doc: { ...doc, dialPlans: [...doc.dialPlans, plan] }, id };
}

/** A site scope no configuration has yet, else the first trunk scope free; null when every site and trunk has one. */
function freeConfigurationScope(doc: Topology): TrunkConfiguration['scope'] | null {
  const taken = new Set(doc.trunkConfigurations.map((c) => (c.scope.kind === 'site' ? `s:${c.scope.siteId}` : c.scope.kind === 'trunk' ? `t:${c.scope.trunkId}` : 'g')));
  const site = doc.sites.find((s) => !taken.has(`s:${s.id}`));
  if (site) return { kind: 'site', siteId: site.id };
  const trunk = doc.trunks.find((t) => !taken.has(`t:${t.id}`));
  return trunk ? { kind: 'trunk', trunkId: trunk.id } : null;
}

/**
 * A new trunk configuration with Lync's defaults, for the first site that has none (else the first trunk);
 * refused when every site and trunk has one (a configuration needs a scope, and a second one of a scope never applies).
 */
export function addTrunkConfiguration(doc: Topology): Added | EditRefusal {
  const scope = freeConfigurationScope(doc);
  if (scope === null) return refusal('routing.noFreeScope', {});
  const id = claimId(usedIds(doc), 'tc');
  return { doc: { ...doc, trunkConfigurations: [...doc.trunkConfigurations, { ...globalTrunkConfiguration(id), scope }] }, id };
}

/**
 * A copy of an object right after it, with a fresh id: a route gets a fresh name, a policy or dial plan a
 * fresh tag scope, a configuration a free scope (refused when none is free). A copy of a global object
 * is never global: Lync has one.
 */
export function duplicateRoutingObject(doc: Topology, collection: RoutingObjectCollection, id: string): Added | EditRefusal {
  const list = doc[collection] as readonly (VoiceRoute | VoicePolicy | DialPlan | TrunkConfiguration)[];
  const at = indexOfId(list, id);
  if (at < 0) return { doc, id };
  const source = structuredClone(list[at]!);
  const copyId = claimId(usedIds(doc), source.id.replace(/-\d+$/, ''));
  let copy: VoiceRoute | VoicePolicy | DialPlan | TrunkConfiguration;
  if (collection === 'voiceRoutes') {
    const route = source as VoiceRoute;
    copy = { ...route, id: copyId, name: freshName(doc.voiceRoutes.map((r) => r.name), `${route.name} copy`) };
  } else if (collection === 'trunkConfigurations') {
    const scope = freeConfigurationScope(doc);
    if (scope === null) return refusal('routing.noFreeScope', {});
    copy = { ...(source as TrunkConfiguration), id: copyId, scope };
  } else {
    const scoped = source as VoicePolicy | DialPlan;
    const base = scoped.scope.kind === 'tag' ? `${scoped.scope.name} copy` : 'Copy';
    copy = { ...scoped, id: copyId, scope: freshTag(doc[collection], base) } as VoicePolicy | DialPlan;
  }
  return { doc: { ...doc, [collection]: insertAfter(list, at, copy) }, id: copyId };
}

// ——— PSTN usages: one ordered list of distinct names ———

/** Who names a usage: routes, voice policies (their usages or custom simultaneous-ring usages), trunk configurations. */
export function usageOwners(doc: Topology, usage: string): TermRef[] {
  const key = usageKey(usage);
  const names = (list: readonly string[]) => list.some((u) => usageKey(u) === key);
  const owners: TermRef[] = [];
  for (const route of doc.voiceRoutes) if (names(route.pstnUsages)) owners.push(routeRef(route));
  for (const policy of doc.voicePolicies) if (names(policy.pstnUsages) || names(policy.customCallForwardingSimulRingUsages)) owners.push(voicePolicyRef(doc, policy));
  for (const c of doc.trunkConfigurations) if (names(c.pstnUsages)) owners.push(trunkConfigurationRef(doc, c));
  return owners;
}

/** A new usage at the end of the list, "Usage N". */
export function addUsage(doc: Topology): { doc: Topology; usage: string } {
  const usage = freshName(doc.pstnUsages, `Usage ${doc.pstnUsages.length + 1}`);
  return { doc: { ...doc, pstnUsages: [...doc.pstnUsages, usage] }, usage };
}

/** A copy right after it, "<name> copy": named by nothing yet. */
export function duplicateUsage(doc: Topology, usage: string): { doc: Topology; usage: string } {
  const at = doc.pstnUsages.indexOf(usage);
  const copy = freshName(doc.pstnUsages, `${usage} copy`);
  return { doc: { ...doc, pstnUsages: insertAfter(doc.pstnUsages, at, copy) }, usage: copy };
}

export function moveUsage(doc: Topology, usage: string, delta: number): Topology {
  const next = moveInList(doc.pstnUsages, doc.pstnUsages.indexOf(usage), delta);
  return next === doc.pstnUsages ? doc : { ...doc, pstnUsages: [...next] };
}

/** Refused while a route, voice policy or trunk configuration names it (it would leave them naming nothing). */
export function deleteUsage(doc: Topology, usage: string): RoutingEditResult {
  const owners = usageOwners(doc, usage);
  if (owners.length > 0) return refusal('usage.inUse', { usage, owners: { list: owners.slice(0, 3) } });
  return { ok: true, doc: { ...doc, pstnUsages: doc.pstnUsages.filter((u) => u !== usage) } };
}

/**
 * Renames a usage and every reference to it (routes, policies, configurations, routing tests' expected
 * usage), compared case-insensitively as everywhere. Refused when another usage has the name already;
 * a change of case alone is allowed.
 */
export function renameUsage(doc: Topology, usage: string, name: string): RoutingEditResult {
  if (name === usage) return { ok: true, doc };
  const key = usageKey(usage);
  if (doc.pstnUsages.some((u) => u !== usage && usageKey(u) === usageKey(name))) return refusal('usage.nameTaken', { usage: name });
  const swap = (list: string[]): string[] => (list.some((u) => usageKey(u) === key) ? list.map((u) => (usageKey(u) === key ? name : u)) : list);
  const swapIn = <T extends { pstnUsages: string[] }>(items: T[]): T[] =>
    items.some((item) => swap(item.pstnUsages) !== item.pstnUsages) ? items.map((item) => ({ ...item, pstnUsages: swap(item.pstnUsages) })) : items;
  return {
    ok: true,
    doc: {
      ...doc,
      pstnUsages: doc.pstnUsages.map((u) => (u === usage ? name : u)),
      voiceRoutes: swapIn(doc.voiceRoutes),
      voicePolicies: swapIn(doc.voicePolicies).map((p) => {
        const custom = swap(p.customCallForwardingSimulRingUsages);
        return custom === p.customCallForwardingSimulRingUsages ? p : { ...p, customCallForwardingSimulRingUsages: custom };
      }),
      trunkConfigurations: swapIn(doc.trunkConfigurations),
      routingTests: doc.routingTests.map((t) =>
        typeof t.expect.usage === 'string' && usageKey(t.expect.usage) === key ? { ...t, expect: { ...t.expect, usage: name } } : t,
      ),
    },
  };
}

// ——— Usage lists of routes, policies and configurations ———

export type UsageOwnerCollection = 'voiceRoutes' | 'voicePolicies' | 'trunkConfigurations';
export type UsageListKey = 'pstnUsages' | 'customCallForwardingSimulRingUsages';

function usageList(doc: Topology, collection: UsageOwnerCollection, id: string, key: UsageListKey): string[] | undefined {
  const owner = (doc[collection] as readonly { id: string; pstnUsages: string[]; customCallForwardingSimulRingUsages?: string[] }[]).find((o) => o.id === id);
  return owner?.[key];
}

function setUsageList(doc: Topology, collection: UsageOwnerCollection, id: string, key: UsageListKey, list: string[]): Topology {
  return updateRoutingObject(doc, collection, id, { [key]: list } as never);
}

/** Adds a usage at the end of an owner's list (written as the usage list spells it); nothing when already there. */
export function addOwnerUsage(doc: Topology, collection: UsageOwnerCollection, id: string, usage: string, key: UsageListKey = 'pstnUsages'): Topology {
  const list = usageList(doc, collection, id, key);
  if (!list || list.some((u) => usageKey(u) === usageKey(usage))) return doc;
  return setUsageList(doc, collection, id, key, [...list, usage]);
}

export function removeOwnerUsage(doc: Topology, collection: UsageOwnerCollection, id: string, index: number, key: UsageListKey = 'pstnUsages'): Topology {
  const list = usageList(doc, collection, id, key);
  if (!list || index < 0 || index >= list.length) return doc;
  return setUsageList(doc, collection, id, key, list.filter((_, i) => i !== index));
}

/** A voice policy's usages are ordered: the order decides routing. */
export function moveOwnerUsage(doc: Topology, collection: UsageOwnerCollection, id: string, index: number, delta: number, key: UsageListKey = 'pstnUsages'): Topology {
  const list = usageList(doc, collection, id, key);
  if (!list) return doc;
  const next = moveInList(list, index, delta);
  return next === list ? doc : setUsageList(doc, collection, id, key, [...next]);
}

// ——— A route's trunks ———

export function addRouteTrunk(doc: Topology, routeId: string, trunkId: string): Topology {
  const route = doc.voiceRoutes.find((r) => r.id === routeId);
  if (!route || route.trunkIds.includes(trunkId) || !doc.trunks.some((t) => t.id === trunkId)) return doc;
  return updateRoutingObject(doc, 'voiceRoutes', routeId, { trunkIds: [...route.trunkIds, trunkId] });
}

export function removeRouteTrunk(doc: Topology, routeId: string, trunkId: string): Topology {
  const route = doc.voiceRoutes.find((r) => r.id === routeId);
  if (!route?.trunkIds.includes(trunkId)) return doc;
  return updateRoutingObject(doc, 'voiceRoutes', routeId, { trunkIds: route.trunkIds.filter((id) => id !== trunkId) });
}

// ——— Normalization rules of dial plans, outbound translation rules of configurations ———

export type RuleOwner = { collection: 'dialPlans'; id: string } | { collection: 'trunkConfigurations'; id: string };
type AnyRule = NormalizationRule | TranslationRule;

function rulesOf(doc: Topology, owner: RuleOwner): readonly AnyRule[] | undefined {
  if (owner.collection === 'dialPlans') return doc.dialPlans.find((p) => p.id === owner.id)?.normalizationRules;
  return doc.trunkConfigurations.find((c) => c.id === owner.id)?.outboundTranslationRules;
}

function withRules(doc: Topology, owner: RuleOwner, rules: AnyRule[]): Topology {
  if (owner.collection === 'dialPlans') return updateRoutingObject(doc, 'dialPlans', owner.id, { normalizationRules: rules as NormalizationRule[] });
  return updateRoutingObject(doc, 'trunkConfigurations', owner.id, { outboundTranslationRules: rules as TranslationRule[] });
}

/** A new rule at the end, "Rule N", that keeps any number as it is. */
export function addRule(doc: Topology, owner: RuleOwner): Topology {
  const rules = rulesOf(doc, owner);
  if (!rules) return doc;
  const name = freshName(rules.map((r) => r.name), `Rule ${rules.length + 1}`);
  const base: TranslationRule = { name, pattern: '^(\\d+)$', translation: '$1' };
  const rule: AnyRule = owner.collection === 'dialPlans' ? { ...base, isInternalExtension: false } : base;
  return withRules(doc, owner, [...rules, rule]);
}

export function updateRule(doc: Topology, owner: RuleOwner, index: number, patch: Partial<NormalizationRule>): Topology {
  const rules = rulesOf(doc, owner);
  if (!rules?.[index]) return doc;
  const { isInternalExtension, ...shared } = patch;
  const rule = owner.collection === 'dialPlans' && isInternalExtension !== undefined ? { ...rules[index], ...shared, isInternalExtension } : { ...rules[index], ...shared };
  return withRules(doc, owner, replaceAt(rules, index, rule));
}

export function deleteRule(doc: Topology, owner: RuleOwner, index: number): Topology {
  const rules = rulesOf(doc, owner);
  if (!rules?.[index]) return doc;
  return withRules(doc, owner, rules.filter((_, i) => i !== index));
}

export function duplicateRule(doc: Topology, owner: RuleOwner, index: number): Topology {
  const rules = rulesOf(doc, owner);
  const rule = rules?.[index];
  if (!rules || !rule) return doc;
  return withRules(doc, owner, insertAfter(rules, index, { ...rule, name: freshName(rules.map((r) => r.name), `${rule.name} copy`) }));
}

/** The first rule that matches applies: order matters. */
export function moveRule(doc: Topology, owner: RuleOwner, index: number, delta: number): Topology {
  const rules = rulesOf(doc, owner);
  if (!rules) return doc;
  const next = moveInList(rules, index, delta);
  return next === rules ? doc : withRules(doc, owner, [...next]);
}
