import { defineRule, reportEach } from '../diagnostic.ts';
import { trunkConfigurationRef } from './routingTerms.ts';

export const bypassGloballyDisabled = defineRule({
  id: 'BYPASS_GLOBALLY_DISABLED',
  severity: 'warning',
  source: 'PS',
  description: 'Media bypass in a trunk configuration has no effect while media bypass is disabled globally.',
  messages: {
    default:
      '{{configuration, capitalize}} has media bypass on, but media bypass is disabled globally, so it has no effect: enable media bypass in the global settings, or turn it off in the configuration.',
  },
  check({ doc }) {
    if (doc.settings.mediaBypass !== 'disabled') return [];
    return reportEach(doc.trunkConfigurations, (configuration) =>
      configuration.mediaBypass ? { messageId: 'default', params: { configuration: trunkConfigurationRef(doc, configuration) }, targets: [configuration.id] } : null,
    );
  },
});
