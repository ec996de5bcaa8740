import { defineRule, type RuleReport } from '../diagnostic.ts';
import { lowerCase } from '../names.ts';
import { TextTable } from '../textTable.ts';

export const trunkNameDuplicate = defineRule({
  id: 'TRUNK_NAME_DUPLICATE',
  severity: 'error',
  source: 'TB define-a-new-trunk: "unique name in your topology"',
  description: 'Trunk names are unique in the topology, ignoring case.',
  messages: { default: 'Trunk "{{trunk}}" has the same name as trunk "{{other}}": give each trunk a unique name.' },
  check({ doc }) {
    // First trunk of each name (its position): every later one is reported once, paired with it.
    const trunks = doc.trunks;
    const first = new TextTable(trunks.length);
    const reports: RuleReport<'default'>[] = [];
    for (let position = 0; position < trunks.length; position++) {
      const trunk = trunks[position]!;
      const at = first.add(lowerCase(trunk.name), position);
      if (at < 0) continue;
      const earlier = trunks[at]!;
      reports.push({ messageId: 'default', params: { trunk: trunk.name, other: earlier.name }, targets: [trunk.id, earlier.id] });
    }
    return reports;
  },
});
