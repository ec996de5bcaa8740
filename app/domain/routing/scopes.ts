// What a document's routing objects mean apart from any number: which configuration applies to a trunk,
// how a scope is named, the routes of each usage. Apart from the simulator (simulate.ts) so that the
// designer's editing and inspector use it without the pattern engine, which loads after the first paint.
import { byId, type IdLookup } from '../idIndex.ts';
import type { IdentityDocument } from './identity.ts';
import type { DialPlan, RoutingCollections, Scope, TrunkConfiguration, VoicePolicy, VoiceRoute } from './types.ts';

/** What the simulator reads of a document; a format-2 topology is one. */
export interface RoutingDocument extends RoutingCollections, IdentityDocument {
  readonly sites: readonly { id: string; name: string }[];
  readonly nodes: readonly { id: string; kind: string; siteId: string; fqdn?: string; address?: string }[];
  readonly trunks: readonly { id: string; name: string; peerId: string; mediationId: string; root: boolean }[];
}

/** Usage names compare case-insensitively everywhere (format-2.md). */
export const usageKey = (usage: string): string => usage.toLowerCase();

// One index per document version: routes by usage in priority order, configurations by scope.
export interface RoutingIndex {
  /** Usage key → routes naming it, by priority then document order. */
  routesByUsage: Map<string, VoiceRoute[]>;
  /** Usage key → spelling in the pstnUsages list. */
  usageSpelling: Map<string, string>;
  /** The document's own lookups (idIndex.ts), shared with the rules and the identities. */
  trunkById: IdLookup<RoutingDocument['trunks'][number]>;
  nodeById: IdLookup<RoutingDocument['nodes'][number]>;
  trunkConfigByTrunk: Map<string, TrunkConfiguration>;
  trunkConfigBySite: Map<string, TrunkConfiguration>;
  globalTrunkConfig: TrunkConfiguration | undefined;
  dialPlanById: IdLookup<DialPlan>;
  voicePolicyById: IdLookup<VoicePolicy>;
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

/** The trunk with this id, from the document's routing index (built once per document version). */
export function trunkWithId(doc: RoutingDocument, trunkId: string): RoutingDocument['trunks'][number] | undefined {
  return routingIndex(doc).trunkById.get(trunkId);
}

export function routingIndex(doc: RoutingDocument): RoutingIndex {
  const hit = indexes.get(doc);
  if (hit) return hit;
  const routesByUsage = new Map<string, VoiceRoute[]>();
  for (const route of doc.voiceRoutes) {
    for (const usage of route.pstnUsages) {
      const key = usageKey(usage);
      const list = routesByUsage.get(key);
      // A usage the route names twice lists it once: it is then already the list's last route.
      if (list === undefined) routesByUsage.set(key, [route]);
      else if (list[list.length - 1] !== route) list.push(route);
    }
  }
  // Stable sort keeps document order among equal priorities (routing.md step 2).
  for (const list of routesByUsage.values()) list.sort((a, b) => a.priority - b.priority);
  const usageSpelling = new Map<string, string>();
  for (const usage of doc.pstnUsages) if (!usageSpelling.has(usageKey(usage))) usageSpelling.set(usageKey(usage), usage);
  const index: RoutingIndex = {
    routesByUsage,
    usageSpelling,
    trunkById: byId(doc.trunks),
    nodeById: byId(doc.nodes),
    trunkConfigByTrunk: firstByScope(doc.trunkConfigurations, (s) => (s.kind === 'trunk' ? s.trunkId : null)),
    trunkConfigBySite: firstByScope(doc.trunkConfigurations, (s) => (s.kind === 'site' ? s.siteId : null)),
    globalTrunkConfig: doc.trunkConfigurations.find((c) => c.scope.kind === 'global'),
    dialPlanById: byId(doc.dialPlans),
    voicePolicyById: byId(doc.voicePolicies),
  };
  indexes.set(doc, index);
  return index;
}

/** The trunk configuration that applies to a trunk: its own, else its peer's site's, else global. */
export function effectiveTrunkConfiguration(doc: RoutingDocument, trunkId: string): TrunkConfiguration | undefined {
  const index = routingIndex(doc);
  const own = index.trunkConfigByTrunk.get(trunkId);
  if (own) return own;
  // Without site configurations the trunk's site does not matter: the rules ask for every trunk.
  if (index.trunkConfigBySite.size === 0) return index.globalTrunkConfig;
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
