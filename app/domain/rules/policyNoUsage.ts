import { defineRule, reportEach } from '../diagnostic.ts';
import { routingModelled, voicePolicyRef } from './routingTerms.ts';

export const policyNoUsage = defineRule({
  id: 'POLICY_NO_USAGE',
  severity: 'warning',
  source: 'PS New-CsVoicePolicy: "users granted this policy will not be able to make outbound PSTN calls"',
  description: 'A voice policy names at least one PSTN usage.',
  messages: { default: '{{policy, capitalize}} names no PSTN usage: its users cannot call the PSTN. Add a usage to it.' },
  check({ doc }) {
    if (!routingModelled(doc)) return [];
    return reportEach(doc.voicePolicies, (policy) =>
      policy.pstnUsages.length > 0 ? null : { messageId: 'default', params: { policy: voicePolicyRef(doc, policy) }, targets: [policy.id] },
    );
  },
});
