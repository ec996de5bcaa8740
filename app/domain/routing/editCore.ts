// The routing commands the trunk inspector needs from the first download: updating one routing object and
// a trunk's own configuration. The rest of the routing workspace's commands (edit.ts, which re-exports
// these) load with the workspace.
import { usedIds } from '../defaults.ts';
import type { Topology } from '../model.ts';
import { trunkConfigurationCopy } from './defaults.ts';
import { effectiveTrunkConfiguration } from './scopes.ts';

/** The collections whose objects have ids and are edited as whole objects. */
export type RoutingObjectCollection = 'voiceRoutes' | 'voicePolicies' | 'dialPlans' | 'trunkConfigurations';
type ObjectOf<C extends RoutingObjectCollection> = Topology[C][number];

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function indexOfId(list: readonly { id: string }[], id: string): number {
  return list.findIndex((item) => item.id === id);
}

/** Replaces one object of a collection by an edited copy (a patch of its fields). */
export function updateRoutingObject<C extends RoutingObjectCollection>(doc: Topology, collection: C, id: string, patch: Partial<Omit<ObjectOf<C>, 'id'>>): Topology {
  const list = doc[collection] as readonly ObjectOf<C>[];
  const at = indexOfId(list, id);
  if (at < 0) return doc;
  return { ...doc, [collection]: replaceAt(list, at, { ...list[at]!, ...patch }) };
}

// ——— A trunk's own configuration ———

/** Gives a trunk a configuration of its own, a copy of the one that applies; nothing when it has one. */
export function giveTrunkOwnConfiguration(doc: Topology, trunkId: string): Topology {
  const applies = effectiveTrunkConfiguration(doc, trunkId);
  if (applies?.scope.kind === 'trunk' || !doc.trunks.some((t) => t.id === trunkId)) return doc;
  return { ...doc, trunkConfigurations: [...doc.trunkConfigurations, trunkConfigurationCopy(applies, trunkId, usedIds(doc))] };
}

/** Deletes a trunk's own configuration(s): the site's or the global one applies again. */
export function dropTrunkOwnConfiguration(doc: Topology, trunkId: string): Topology {
  const trunkConfigurations = doc.trunkConfigurations.filter((c) => !(c.scope.kind === 'trunk' && c.scope.trunkId === trunkId));
  return trunkConfigurations.length === doc.trunkConfigurations.length ? doc : { ...doc, trunkConfigurations };
}

/** The trunks a configuration applies to (whose effective configuration it is), in document order. */
export function trunksUsingConfiguration(doc: Topology, configurationId: string): string[] {
  return doc.trunks.filter((t) => effectiveTrunkConfiguration(doc, t.id)?.id === configurationId).map((t) => t.id);
}
