// Format 1 → format 2 (format-2.md, "Migration 1 → 2"), on a format-1 document the parser has
// already checked: the media keys leave each trunk for a trunk-scoped configuration, unless they
// equal the global defaults; Lync's global configuration, policy and dial plan are added.
import type { Topology, TopologyV1 } from './model.ts';
import { SCHEMA_VERSION } from './model.ts';
import { addMissingGlobals, claimId, globalTrunkConfiguration, MEDIA_KEYS, TRUNK_CONFIGURATION_DEFAULTS } from './routing/defaults.ts';
import type { RoutingCollections } from './routing/types.ts';

export function migrate1to2(doc: TopologyV1): Topology {
  const used = new Set<string>();
  for (const site of doc.sites) used.add(site.id);
  for (const node of doc.nodes) used.add(node.id);
  for (const trunk of doc.trunks) used.add(trunk.id);
  const routing: RoutingCollections = { trunkConfigurations: [], pstnUsages: [], voiceRoutes: [], voicePolicies: [], dialPlans: [], routingTests: [] };
  addMissingGlobals(routing, used);
  const trunks = doc.trunks.map((trunk) => {
    const { mediaBypass, centralizedMediaProcessing, referSupport, rtcpActiveCalls, rtcpCallsOnHold, srtpMode, ...rest } = trunk;
    const media = { mediaBypass, centralizedMediaProcessing, referSupport, rtcpActiveCalls, rtcpCallsOnHold, srtpMode };
    if (MEDIA_KEYS.some((key) => media[key] !== TRUNK_CONFIGURATION_DEFAULTS[key])) {
      const base = globalTrunkConfiguration(claimId(used, `tc-${trunk.id}`));
      routing.trunkConfigurations.push({ ...base, scope: { kind: 'trunk', trunkId: trunk.id }, ...media });
    }
    return rest;
  });
  return { ...doc, schemaVersion: SCHEMA_VERSION, trunks, ...routing };
}
