import { defineRule, reportEach, type RuleReport } from '../diagnostic.ts';

/** PS New-CsVoiceRoute, AlternateCallerId. */
const ALTERNATE_CALLER_ID = /^(\+)?[1-9]\d*(;ext=[1-9]\d*)?$/;

export const callerIdAlternate = defineRule({
  id: 'CALLER_ID_ALTERNATE',
  severity: 'error',
  source: 'PS New-CsVoiceRoute: SuppressCallerId needs an AlternateCallerId matching ^(\\+)?[1-9]\\d*(;ext=[1-9]\\d*)?$',
  description: 'A route that suppresses caller ID gives a valid alternate caller ID.',
  messages: {
    missing: 'Voice route "{{name}}" suppresses the caller ID but gives no alternate caller ID: Lync needs one. Enter a number such as +14255550100.',
    invalid: 'Voice route "{{name}}" has the alternate caller ID "{{callerId}}", which is not a number Lync accepts (digits, an optional + in front and ;ext=…). Correct it.',
  },
  check({ doc }) {
    return reportEach(doc.voiceRoutes, (route): RuleReport<'missing' | 'invalid'> | null => {
      if (route.alternateCallerId === null) {
        return route.suppressCallerId ? { messageId: 'missing', params: { name: route.name }, targets: [route.id] } : null;
      }
      if (ALTERNATE_CALLER_ID.test(route.alternateCallerId)) return null;
      return { messageId: 'invalid', params: { name: route.name, callerId: route.alternateCallerId }, targets: [route.id] };
    });
  },
});
