import { defineRule, type RuleReport } from '../diagnostic.ts';
import type { TermRef } from '../diagnostic.ts';
import { definedUsages, routeRef, trunkConfigurationRef, voicePolicyRef } from './routingTerms.ts';
import { usageKey } from '../routing/scopes.ts';

export const usageUndefined = defineRule({
  id: 'USAGE_UNDEFINED',
  severity: 'error',
  source: 'PS New-CsVoiceRoute: usages "must be in the global list"',
  description: 'Routes, voice policies and trunk configurations name only usages of the list of PSTN usages.',
  messages: {
    default: '{{owner, capitalize}} names the PSTN usage "{{usage}}", which is not in the list of PSTN usages. Add it to the list, or correct the name.',
  },
  check({ doc }) {
    const defined = definedUsages(doc);
    const reports: RuleReport<'default'>[] = [];
    const check = (ownerId: string, owner: TermRef, usages: readonly string[]) => {
      const told = new Set<string>();
      for (const usage of usages) {
        const key = usageKey(usage);
        if (defined.has(key) || told.has(key)) continue;
        told.add(key);
        reports.push({ messageId: 'default', params: { owner, usage }, targets: [ownerId] });
      }
    };
    // An owner is put into words only when it has a usage to report: a large design has 10,000 routes, most of them clean.
    const clean = (usages: readonly string[]) => {
      for (const usage of usages) if (!defined.has(usageKey(usage))) return false;
      return true;
    };
    for (const route of doc.voiceRoutes) if (!clean(route.pstnUsages)) check(route.id, routeRef(route), route.pstnUsages);
    for (const policy of doc.voicePolicies) {
      if (clean(policy.pstnUsages) && clean(policy.customCallForwardingSimulRingUsages)) continue;
      check(policy.id, voicePolicyRef(doc, policy), [...policy.pstnUsages, ...policy.customCallForwardingSimulRingUsages]);
    }
    for (const configuration of doc.trunkConfigurations) {
      if (!clean(configuration.pstnUsages)) check(configuration.id, trunkConfigurationRef(doc, configuration), configuration.pstnUsages);
    }
    return reports;
  },
});
