// Format 1 → format 2 (format-2.md, "Migration 1 → 2"), on a format-1 document the parser has
// already checked: the media keys leave each trunk for a trunk-scoped configuration, unless they
// equal the global defaults; Lync's global configuration, policy and dial plan are added.
import { addMissingGlobals, claimId, MEDIA_KEYS, TRUNK_CONFIGURATION_DEFAULTS, globalTrunkConfiguration } from './routing/defaults.ts';
import type { RoutingCollections, TrunkConfiguration } from './routing/types.ts';

type MediaKey = (typeof MEDIA_KEYS)[number];

/** The parts of a checked format-1 document the migration reads. */
export interface Format1Document {
  schemaVersion: 1;
  sites: readonly { id: string }[];
  nodes: readonly { id: string }[];
  trunks: readonly ({ id: string } & Pick<TrunkConfiguration, MediaKey>)[];
}

export type Migrated<D extends Format1Document> = Omit<D, 'schemaVersion' | 'trunks'> & {
  schemaVersion: 2;
  trunks: Omit<D['trunks'][number], MediaKey>[];
} & RoutingCollections;

export function migrate1to2<D extends Format1Document>(doc: D): Migrated<D> {
  const used = new Set<string>();
  for (const site of doc.sites) used.add(site.id);
  for (const node of doc.nodes) used.add(node.id);
  for (const trunk of doc.trunks) used.add(trunk.id);
  const routing: RoutingCollections = { trunkConfigurations: [], pstnUsages: [], voiceRoutes: [], voicePolicies: [], dialPlans: [], routingTests: [] };
  addMissingGlobals(routing, used);
  const trunks = doc.trunks.map((trunk) => {
    const media = {} as Pick<TrunkConfiguration, MediaKey>;
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(trunk)) {
      if ((MEDIA_KEYS as readonly string[]).includes(key)) (media as Record<string, unknown>)[key] = value;
      else rest[key] = value;
    }
    if (MEDIA_KEYS.some((key) => media[key] !== TRUNK_CONFIGURATION_DEFAULTS[key])) {
      const base = globalTrunkConfiguration(claimId(used, `tc-${trunk.id}`));
      routing.trunkConfigurations.push({ ...base, scope: { kind: 'trunk', trunkId: trunk.id }, ...media });
    }
    return rest as Omit<D['trunks'][number], MediaKey>;
  });
  return { ...doc, schemaVersion: 2, trunks, ...routing } as Migrated<D>;
}
