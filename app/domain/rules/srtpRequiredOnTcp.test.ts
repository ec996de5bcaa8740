import { setTrunkMedia } from '../edit.ts';
import { trunk, validDoc, withChange } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { srtpRequiredOnTcp } from './srtpRequiredOnTcp.ts';
import { mnDesign } from './trunkFixtures.ts';

/** The valid document with a TCP trunk, whose configuration (the global one, unless `srtpMode` gives it its own) applies. */
function tcpTrunk(srtpMode?: 'optional' | 'notSupported') {
  const tcp = withChange((d) => {
    d.trunks[0] = trunk({ transport: 'TCP' });
  });
  return srtpMode ? setTrunkMedia(tcp, 't1', { srtpMode }) : tcp;
}

ruleTester(srtpRequiredOnTcp, {
  valid: [
    { name: 'TLS with SRTP required', doc: validDoc() },
    { name: 'M:N design', doc: mnDesign() },
    { name: 'TCP with SRTP optional', doc: tcpTrunk('optional') },
    { name: 'TCP with SRTP not supported', doc: tcpTrunk('notSupported') },
  ],
  invalid: [
    {
      name: 'TCP with SRTP required',
      doc: tcpTrunk(),
      reports: [{ targets: ['t1', 'tc-global'], messageId: 'default' }],
    },
  ],
});
