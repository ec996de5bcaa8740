import { defineRule, reportEach } from '../diagnostic.ts';
import { routingModelled } from './routingTerms.ts';
import { usageKey } from '../routing/scopes.ts';

export const routeUnreachable = defineRule({
  id: 'ROUTE_UNREACHABLE',
  severity: 'warning',
  source: 'OD voice-routes: a route is reached only through a PSTN usage',
  description: 'Some voice policy or trunk configuration names a usage of each route.',
  messages: {
    default: 'Voice route "{{name}}" is reached by no one: no voice policy and no trunk configuration names any of its PSTN usages. Add one of its usages to a policy.',
  },
  check({ doc }) {
    if (!routingModelled(doc)) return [];
    const reached = new Set<string>();
    for (const policy of doc.voicePolicies) {
      for (const usage of policy.pstnUsages) reached.add(usageKey(usage));
      if (policy.callForwardingSimulRingUsageType === 'customUsage') for (const usage of policy.customCallForwardingSimulRingUsages) reached.add(usageKey(usage));
    }
    for (const configuration of doc.trunkConfigurations) for (const usage of configuration.pstnUsages) reached.add(usageKey(usage));
    const isReached = (usage: string) => reached.has(usageKey(usage));
    return reportEach(doc.voiceRoutes, (route) => {
      if (route.pstnUsages.length === 0 || route.pstnUsages.some(isReached)) return null;
      return { messageId: 'default', params: { name: route.name }, targets: [route.id] };
    });
  },
});
