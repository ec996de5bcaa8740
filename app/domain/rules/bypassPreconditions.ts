import { defineRule, reportEach } from '../diagnostic.ts';
import { trunkConfigurationRef } from './routingTerms.ts';

const NEEDS = 'bypass needs centralized media processing, and REFER support unless both RTCP options are off; change those settings, or turn media bypass off.';

export const bypassPreconditions = defineRule({
  id: 'BYPASS_PRECONDITIONS',
  severity: 'error',
  source: 'PS: "Media bypass can be enabled only if ..."',
  description: 'Media bypass in a trunk configuration needs centralized media processing, and REFER support unless both RTCP options are off.',
  messages: {
    centralizedMediaOff: `{{configuration, capitalize}} has media bypass on, but centralized media processing is off: ${NEEDS}`,
    referOff: `{{configuration, capitalize}} has media bypass on, but REFER support is off while RTCP is on: ${NEEDS}`,
    both: `{{configuration, capitalize}} has media bypass on, but centralized media processing is off and REFER support is off while RTCP is on: ${NEEDS}`,
  },
  check({ doc }) {
    return reportEach(doc.trunkConfigurations, (configuration) => {
      if (!configuration.mediaBypass) return null;
      const centralizedMediaOff = !configuration.centralizedMediaProcessing;
      // REFER support may be off only when the peer sends no RTCP at all.
      const rtcpOff = !configuration.rtcpActiveCalls && !configuration.rtcpCallsOnHold;
      const referOff = !configuration.referSupport && !rtcpOff;
      if (!centralizedMediaOff && !referOff) return null;
      const messageId = centralizedMediaOff && referOff ? 'both' : centralizedMediaOff ? 'centralizedMediaOff' : 'referOff';
      return { messageId, params: { configuration: trunkConfigurationRef(doc, configuration) }, targets: [configuration.id] };
    });
  },
});
