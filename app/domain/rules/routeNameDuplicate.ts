import { defineRule, type RuleReport } from '../diagnostic.ts';
import { lowerCase } from '../names.ts';
import { TextTable } from '../textTable.ts';

export const routeNameDuplicate = defineRule({
  id: 'ROUTE_NAME_DUPLICATE',
  severity: 'error',
  source: 'PS New-CsVoiceRoute: a route\'s Identity is its name',
  description: 'Voice routes have distinct names (compared case-insensitively).',
  messages: { default: 'Two voice routes are named "{{name}}": Lync knows a route by its name. Rename one.' },
  check({ doc }) {
    const routes = doc.voiceRoutes;
    const first = new TextTable(routes.length);
    const reports: RuleReport<'default'>[] = [];
    for (let position = 0; position < routes.length; position++) {
      const route = routes[position]!;
      const earlier = first.add(lowerCase(route.name), position);
      if (earlier >= 0) reports.push({ messageId: 'default', params: { name: route.name }, targets: [route.id, routes[earlier]!.id] });
    }
    return reports;
  },
});
