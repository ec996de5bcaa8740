import { defineRule, type RuleReport } from '../diagnostic.ts';
import { effectiveTrunkConfiguration, routingIndex, usageKey } from '../routing/scopes.ts';
import type { TrunkConfiguration } from '../routing/types.ts';
import { trunkConfigurationRef } from './routingTerms.ts';

const PSTN_PEERS: ReadonlySet<string> = new Set(['pstnGateway', 'sbc']);

export const intertrunkPstnToPstn = defineRule({
  id: 'INTERTRUNK_PSTN_TO_PSTN',
  severity: 'warning',
  source: 'OD intertrunk-routing; configure-a-trunk-with-media-bypass',
  description: 'Calls that arrive from the PSTN are not routed back out to the PSTN (toll fraud risk).',
  messages: {
    default:
      'Calls arriving on trunk "{{trunk}}" from the PSTN can leave again to the PSTN: {{configuration}} gives them the usage "{{usage}}", whose routes reach a gateway or SBC. This relays PSTN to PSTN (a toll fraud risk); remove the usage unless the relay is intended.',
  },
  check({ doc, index }) {
    // Usages (lower-cased) whose routes have a trunk to a PSTN gateway or SBC.
    const toPstn = new Set<string>();
    // Lookups in the indexes the other rules share, rather than a map of its own over every trunk.
    const peerKind = (trunk: { peerId: string } | undefined) => (trunk === undefined ? '' : (index.nodeById.get(trunk.peerId)?.kind ?? ''));
    const { trunkById } = routingIndex(doc);
    for (let k = 0; k < doc.voiceRoutes.length; k++) {
      const route = doc.voiceRoutes[k]!;
      let pstn = false;
      for (const id of route.trunkIds) if ((pstn = PSTN_PEERS.has(peerKind(trunkById.get(id))))) break;
      if (!pstn) continue;
      for (const usage of route.pstnUsages) toPstn.add(usageKey(usage));
    }
    const reports: RuleReport<'default'>[] = [];
    if (toPstn.size === 0) return reports;
    // The first such usage of each configuration, looked for once: thousands of trunks share a few configurations.
    const firstToPstn = new Map<TrunkConfiguration, string | undefined>();
    for (let k = 0; k < doc.trunks.length; k++) {
      const trunk = doc.trunks[k]!;
      if (!PSTN_PEERS.has(peerKind(trunk))) continue;
      const configuration = effectiveTrunkConfiguration(doc, trunk.id);
      if (configuration === undefined) continue;
      let usage = firstToPstn.get(configuration);
      if (usage === undefined && !firstToPstn.has(configuration)) {
        usage = configuration.pstnUsages.find((u) => toPstn.has(usageKey(u)));
        firstToPstn.set(configuration, usage);
      }
      if (usage === undefined) continue;
      reports.push({ messageId: 'default', params: { trunk: trunk.name, configuration: trunkConfigurationRef(doc, configuration), usage }, targets: [configuration.id, trunk.id] });
    }
    return reports;
  },
});
