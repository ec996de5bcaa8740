import { doc, frontEnd, peer, trunk, validDoc, withChange } from '../testing/build.ts';
import { ruleTester } from './ruleTester.ts';
import { mnDesign } from './trunkFixtures.ts';
import { trunkTcpInsecure } from './trunkTcpInsecure.ts';

ruleTester(trunkTcpInsecure, {
  valid: [
    { name: 'TLS trunk', doc: validDoc() },
    { name: 'M:N design over TLS', doc: mnDesign() },
  ],
  invalid: [
    {
      name: 'TCP trunk',
      doc: withChange((d) => {
        d.trunks[0] = trunk({ transport: 'TCP' });
      }),
      reports: [{ targets: ['t1'], messageId: 'default' }],
    },
    {
      name: 'only the TCP trunks, each once',
      doc: doc({
        nodes: [frontEnd(), peer()],
        trunks: [
          trunk({ id: 't1', name: 'a', transport: 'TCP', peerPort: 5066 }),
          trunk({ id: 't2', name: 'b', root: false }),
          trunk({ id: 't3', name: 'c', transport: 'TCP', root: false, peerPort: 5065 }),
        ],
      }),
      reports: [{ targets: ['t1'], messageId: 'default' }, { targets: ['t3'], messageId: 'default' }],
    },
  ],
});
