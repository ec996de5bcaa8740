import { defineRule, reportEach } from '../diagnostic.ts';

export const routeNoUsage = defineRule({
  id: 'ROUTE_NO_USAGE',
  severity: 'warning',
  source: 'PS New-CsVoiceRoute: empty PstnUsages warns',
  description: 'A voice route names at least one PSTN usage.',
  messages: { default: 'Voice route "{{name}}" names no PSTN usage: no call can reach it. Add a usage to it.' },
  check({ doc }) {
    return reportEach(doc.voiceRoutes, (route) => (route.pstnUsages.length > 0 ? null : { messageId: 'default', params: { name: route.name }, targets: [route.id] }));
  },
});
