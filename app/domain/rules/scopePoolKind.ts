import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';

export const scopePoolKind = defineRule({
  id: 'SCOPE_POOL_KIND',
  severity: 'error',
  source: 'PS New-CsDialPlan: a service-scoped dial plan belongs to a Registrar',
  description: 'A pool-scoped dial plan names a Front End pool (a Registrar).',
  messages: {
    default: 'Dial plan {{id}} is scoped to {{node}}, which is not a Front End pool: a pool-scoped dial plan belongs to a Registrar. Scope it to a Front End pool, a site or a tag.',
  },
  check({ doc, index }) {
    return reportEach(doc.dialPlans, (plan) => {
      if (plan.scope.kind !== 'pool') return null;
      const node = index.nodeById.get(plan.scope.poolId);
      if (node === undefined || node.kind === 'frontEndPool') return null;
      return { messageId: 'default', params: { id: plan.id, node: nodeParam(node, index) }, targets: [plan.id, node.id] };
    });
  },
});
