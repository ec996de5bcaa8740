import { defineRule, reportEach } from '../diagnostic.ts';

export const bypassGloballyDisabled = defineRule({
  id: 'BYPASS_GLOBALLY_DISABLED',
  severity: 'warning',
  source: 'PS',
  description: 'Media bypass on a trunk has no effect while media bypass is disabled globally.',
  messages: {
    default:
      'Trunk "{{trunk}}" has media bypass on, but media bypass is disabled globally, so it has no effect: enable media bypass in the global settings, or turn it off on the trunk.',
  },
  check({ doc }) {
    if (doc.settings.mediaBypass !== 'disabled') return [];
    return reportEach(doc.trunks, (trunk) =>
      trunk.mediaBypass ? { messageId: 'default', params: { trunk: trunk.name }, targets: [trunk.id] } : null,
    );
  },
});
