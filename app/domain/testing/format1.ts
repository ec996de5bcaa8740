// A format-2 document as format 1 wrote it: each trunk's media settings from the configuration that
// applies to it, the configuration store left out. Tests only: for the frozen version-1 link encoder.
import type { Topology, TopologyV1 } from '../model.ts';
import { MEDIA_KEYS, TRUNK_CONFIGURATION_DEFAULTS } from '../routing/defaults.ts';
import { effectiveTrunkConfiguration } from '../routing/scopes.ts';

export function asFormat1(doc: Topology): TopologyV1 {
  const { trunkConfigurations: _c, pstnUsages: _u, voiceRoutes: _r, voicePolicies: _p, dialPlans: _d, routingTests: _t, ...rest } = doc;
  return {
    ...rest,
    schemaVersion: 1,
    trunks: doc.trunks.map((trunk) => {
      const configuration = effectiveTrunkConfiguration(doc, trunk.id) ?? TRUNK_CONFIGURATION_DEFAULTS;
      const media = Object.fromEntries(MEDIA_KEYS.map((key) => [key, configuration[key]])) as Pick<TopologyV1['trunks'][number], (typeof MEDIA_KEYS)[number]>;
      const { peakCalls, ...fields } = trunk;
      return { ...fields, ...media, ...(peakCalls !== undefined ? { peakCalls } : {}) };
    }),
  };
}
