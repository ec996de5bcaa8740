import { defineRule } from '../diagnostic.ts';

export const bypassAlwaysWithCac = defineRule({
  id: 'BYPASS_ALWAYS_WITH_CAC',
  severity: 'error',
  source: 'configure-media-bypass-to-always-bypass-the-mediation-server',
  description: '"Always bypass" cannot be used with call admission control.',
  messages: {
    default:
      'Media bypass is set to "Always bypass" while call admission control is on: choose "Use site and region information", or turn call admission control off.',
  },
  check({ doc }) {
    if (doc.settings.mediaBypass !== 'alwaysBypass' || !doc.settings.callAdmissionControl) return [];
    // A global setting: no element of the drawing to point at.
    return [{ messageId: 'default', params: {}, targets: [] }];
  },
});
