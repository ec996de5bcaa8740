import { setTrunkMedia } from '../edit.ts';
import { validDoc } from '../testing/build.ts';
import { bypassPreconditions } from './bypassPreconditions.ts';
import { ruleTester } from './ruleTester.ts';
import { mnDesign } from './trunkFixtures.ts';

/** The valid document with its trunk's media settings changed: the trunk gets its own configuration, tc-t1. */
function withTrunk(media: Parameters<typeof setTrunkMedia>[2]) {
  return setTrunkMedia(validDoc(), 't1', media);
}

ruleTester(bypassPreconditions, {
  valid: [
    { name: 'no media bypass', doc: validDoc() },
    { name: 'M:N design with a bypassed trunk', doc: mnDesign() },
    { name: 'bypass with centralized media processing and REFER support', doc: withTrunk({ mediaBypass: true }) },
    {
      name: 'bypass without REFER support, both RTCP options off',
      doc: withTrunk({ mediaBypass: true, referSupport: false, rtcpActiveCalls: false, rtcpCallsOnHold: false }),
    },
    {
      name: 'no bypass, with every precondition missing',
      doc: withTrunk({ centralizedMediaProcessing: false, referSupport: false }),
    },
  ],
  invalid: [
    {
      name: 'bypass without centralized media processing',
      doc: withTrunk({ mediaBypass: true, centralizedMediaProcessing: false }),
      reports: [{ targets: ['tc-t1'], messageId: 'centralizedMediaOff' }],
    },
    {
      name: 'bypass without centralized media processing, even with both RTCP options off',
      doc: withTrunk({ mediaBypass: true, centralizedMediaProcessing: false, rtcpActiveCalls: false, rtcpCallsOnHold: false }),
      reports: [{ targets: ['tc-t1'], messageId: 'centralizedMediaOff' }],
    },
    {
      name: 'bypass without REFER support, RTCP on for active calls',
      doc: withTrunk({ mediaBypass: true, referSupport: false, rtcpCallsOnHold: false }),
      reports: [{ targets: ['tc-t1'], messageId: 'referOff' }],
    },
    {
      name: 'bypass without REFER support, RTCP on for calls on hold',
      doc: withTrunk({ mediaBypass: true, referSupport: false, rtcpActiveCalls: false }),
      reports: [{ targets: ['tc-t1'], messageId: 'referOff' }],
    },
    {
      name: 'both preconditions missing: one report',
      doc: withTrunk({ mediaBypass: true, centralizedMediaProcessing: false, referSupport: false }),
      reports: [{ targets: ['tc-t1'], messageId: 'both' }],
    },
  ],
});
