import { defineRule, reportEach } from '../diagnostic.ts';
import { routingModelled } from './routingTerms.ts';
import { usageKey } from '../routing/scopes.ts';

export const usageUnused = defineRule({
  id: 'USAGE_UNUSED',
  severity: 'warning',
  source: 'OD voice-routes: a usage links policies to routes',
  description: 'Every PSTN usage is named by some voice route.',
  messages: { default: 'The PSTN usage "{{usage}}" is named by no voice route: a policy that uses it reaches nothing by it. Add it to a route, or remove it.' },
  check({ doc }) {
    if (!routingModelled(doc)) return [];
    const named = new Set<string>();
    for (const route of doc.voiceRoutes) for (const usage of route.pstnUsages) named.add(usageKey(usage));
    return reportEach(doc.pstnUsages, (usage) => (named.has(usageKey(usage)) ? null : { messageId: 'default', params: { usage }, targets: [] }));
  },
});
