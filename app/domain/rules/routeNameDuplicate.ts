import { defineRule, type RuleReport } from '../diagnostic.ts';

export const routeNameDuplicate = defineRule({
  id: 'ROUTE_NAME_DUPLICATE',
  severity: 'error',
  source: 'PS New-CsVoiceRoute: a route\'s Identity is its name',
  description: 'Voice routes have distinct names (compared case-insensitively).',
  messages: { default: 'Two voice routes are named "{{name}}": Lync knows a route by its name. Rename one.' },
  check({ doc }) {
    const first = new Map<string, string>();
    const reports: RuleReport<'default'>[] = [];
    for (const route of doc.voiceRoutes) {
      const key = route.name.toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, route.id);
      else reports.push({ messageId: 'default', params: { name: route.name }, targets: [route.id, earlier] });
    }
    return reports;
  },
});
