import { defineRule, type RuleReport } from '../diagnostic.ts';
import type { Trunk } from '../model.ts';

export const trunkNameDuplicate = defineRule({
  id: 'TRUNK_NAME_DUPLICATE',
  severity: 'error',
  source: 'TB define-a-new-trunk: "unique name in your topology"',
  description: 'Trunk names are unique in the topology, ignoring case.',
  messages: { default: 'Trunk "{{trunk}}" has the same name as trunk "{{other}}": give each trunk a unique name.' },
  check({ doc }) {
    // First trunk of each name: every later one is reported once, paired with it.
    const first = new Map<string, Trunk>();
    const reports: RuleReport<'default'>[] = [];
    for (const trunk of doc.trunks) {
      const key = trunk.name.toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, trunk);
        continue;
      }
      reports.push({ messageId: 'default', params: { trunk: trunk.name, other: earlier.name }, targets: [trunk.id, earlier.id] });
    }
    return reports;
  },
});
