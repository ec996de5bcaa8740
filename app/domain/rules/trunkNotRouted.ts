import { defineRule, reportEach } from '../diagnostic.ts';
import { positionsById } from '../idIndex.ts';
import { routingModelled } from './routingTerms.ts';

export const trunkNotRouted = defineRule({
  id: 'TRUNK_NOT_ROUTED',
  severity: 'warning',
  source: 'OD multiple-trunk-support: "When a trunk is defined, it must be associated to a route"',
  description: 'Every trunk is in some voice route.',
  messages: { default: 'Trunk "{{trunk}}" is in no voice route: no outbound call leaves by it. Add it to a route.' },
  check({ doc }) {
    if (!routingModelled(doc)) return [];
    // Trunks marked by position: no set of 10,000 ids.
    const at = positionsById(doc.trunks);
    const routed = new Uint8Array(doc.trunks.length);
    for (let k = 0; k < doc.voiceRoutes.length; k++) {
      const route = doc.voiceRoutes[k]!;
      for (const id of route.trunkIds) {
        const trunk = at.get(id);
        if (trunk >= 0) routed[trunk] = 1;
      }
    }
    return reportEach(doc.trunks, (trunk) => (routed[at.get(trunk.id)] === 1 ? null : { messageId: 'default', params: { trunk: trunk.name }, targets: [trunk.id] }));
  },
});
