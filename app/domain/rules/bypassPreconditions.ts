import { defineRule, reportEach } from '../diagnostic.ts';
import { describeTrunk } from '../describe.ts';

export const bypassPreconditions = defineRule({
  id: 'BYPASS_PRECONDITIONS',
  severity: 'error',
  source: 'PS: "Media bypass can be enabled only if ..."',
  description: 'Media bypass on a trunk needs centralized media processing, and REFER support unless both RTCP options are off.',
  messages: { centralizedMediaOff: ['trunk'], referOff: ['trunk'], both: ['trunk'] },
  check({ doc }) {
    return reportEach(doc.trunks, (trunk) => {
      if (!trunk.mediaBypass) return null;
      const problems: string[] = [];
      const centralizedMediaOff = !trunk.centralizedMediaProcessing;
      if (centralizedMediaOff) problems.push('centralized media processing is off');
      // REFER support may be off only when the peer sends no RTCP at all.
      const rtcpOff = !trunk.rtcpActiveCalls && !trunk.rtcpCallsOnHold;
      const referOff = !trunk.referSupport && !rtcpOff;
      if (referOff) problems.push('REFER support is off while RTCP is on');
      if (problems.length === 0) return null;
      const id = centralizedMediaOff && referOff ? 'both' : centralizedMediaOff ? 'centralizedMediaOff' : 'referOff';
      return {
        message: `Trunk ${describeTrunk(trunk)} has media bypass on, but ${problems.join(' and ')}: bypass needs centralized media processing, and REFER support unless both RTCP options are off; change those settings, or turn media bypass off.`,
        targets: [trunk.id],
        key: { id, params: { trunk: trunk.name } },
      };
    });
  },
});
