import { defineRule, reportEach } from '../diagnostic.ts';

const NEEDS = 'bypass needs centralized media processing, and REFER support unless both RTCP options are off; change those settings, or turn media bypass off.';

export const bypassPreconditions = defineRule({
  id: 'BYPASS_PRECONDITIONS',
  severity: 'error',
  source: 'PS: "Media bypass can be enabled only if ..."',
  description: 'Media bypass on a trunk needs centralized media processing, and REFER support unless both RTCP options are off.',
  messages: {
    centralizedMediaOff: `Trunk "{{trunk}}" has media bypass on, but centralized media processing is off: ${NEEDS}`,
    referOff: `Trunk "{{trunk}}" has media bypass on, but REFER support is off while RTCP is on: ${NEEDS}`,
    both: `Trunk "{{trunk}}" has media bypass on, but centralized media processing is off and REFER support is off while RTCP is on: ${NEEDS}`,
  },
  check({ doc }) {
    return reportEach(doc.trunks, (trunk) => {
      if (!trunk.mediaBypass) return null;
      const centralizedMediaOff = !trunk.centralizedMediaProcessing;
      // REFER support may be off only when the peer sends no RTCP at all.
      const rtcpOff = !trunk.rtcpActiveCalls && !trunk.rtcpCallsOnHold;
      const referOff = !trunk.referSupport && !rtcpOff;
      if (!centralizedMediaOff && !referOff) return null;
      const messageId = centralizedMediaOff && referOff ? 'both' : centralizedMediaOff ? 'centralizedMediaOff' : 'referOff';
      return { messageId, params: { trunk: trunk.name }, targets: [trunk.id] };
    });
  },
});
