import { defineRule, reportEach } from '../diagnostic.ts';

export const routeNoTrunk = defineRule({
  id: 'ROUTE_NO_TRUNK',
  severity: 'warning',
  source: 'PS New-CsVoiceRoute: an empty PstnGatewayList warns',
  description: 'A voice route lists at least one trunk.',
  messages: { default: 'Voice route "{{name}}" lists no trunk: a call it matches goes nowhere. Add a trunk to it.' },
  check({ doc }) {
    return reportEach(doc.voiceRoutes, (route) => (route.trunkIds.length > 0 ? null : { messageId: 'default', params: { name: route.name }, targets: [route.id] }));
  },
});
