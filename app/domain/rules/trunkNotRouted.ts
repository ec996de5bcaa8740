import { defineRule, reportEach } from '../diagnostic.ts';
import { routingModelled } from './routingTerms.ts';

export const trunkNotRouted = defineRule({
  id: 'TRUNK_NOT_ROUTED',
  severity: 'warning',
  source: 'OD multiple-trunk-support: "When a trunk is defined, it must be associated to a route"',
  description: 'Every trunk is in some voice route.',
  messages: { default: 'Trunk "{{trunk}}" is in no voice route: no outbound call leaves by it. Add it to a route.' },
  check({ doc }) {
    if (!routingModelled(doc)) return [];
    const routed = new Set<string>();
    for (const route of doc.voiceRoutes) for (const id of route.trunkIds) routed.add(id);
    return reportEach(doc.trunks, (trunk) => (routed.has(trunk.id) ? null : { messageId: 'default', params: { trunk: trunk.name }, targets: [trunk.id] }));
  },
});
