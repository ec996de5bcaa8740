import { doc, frontEnd, peer, validDoc, withChange } from '../testing/build.ts';
import { addressInvalid } from './addressInvalid.ts';
import { ruleTester } from './ruleTester.ts';

ruleTester(addressInvalid, {
  valid: [
    { name: 'a gateway with an FQDN', doc: validDoc() },
    {
      name: 'peers addressed by IPv4, IPv6 and an IPv4-mapped IPv6',
      doc: doc({
        nodes: [
          frontEnd(),
          peer({ address: '10.0.0.5' }),
          peer({ id: 'pbx1', kind: 'ipPbx', address: '2001:db8::1' }),
          peer({ id: 'sbc1', kind: 'sbc', address: '::ffff:192.168.0.1' }),
        ],
      }),
    },
    {
      name: 'a pool with a bad FQDN (FQDN_INVALID, not this rule)',
      doc: withChange((d) => {
        d.nodes[0] = frontEnd({ fqdn: 'pool' });
      }),
    },
  ],
  invalid: [
    {
      name: 'a single-label gateway name',
      doc: withChange((d) => {
        d.nodes[1] = peer({ address: 'gw01' });
      }),
      reports: [{ targets: ['gw1'], messageId: 'invalid' }],
    },
    {
      name: 'an IPv4 with an octet above 255',
      doc: withChange((d) => {
        d.nodes[1] = peer({ address: '10.0.0.256' });
      }),
      reports: [{ targets: ['gw1'], messageId: 'invalid' }],
    },
    {
      name: 'a malformed IPv6 on an SBC',
      doc: withChange((d) => {
        d.nodes[1] = peer({ kind: 'sbc', address: '2001:db8:::1' });
      }),
      reports: [{ targets: ['gw1'], messageId: 'invalid' }],
    },
    {
      name: 'an empty address on a labelled IP-PBX, and a space in another',
      doc: doc({
        nodes: [
          peer({ id: 'pbx1', kind: 'ipPbx', address: '', label: 'Old PBX' }),
          peer({ id: 'gw2', address: 'gw 02.contoso.com' }),
        ],
      }),
      reports: [
        { targets: ['pbx1'], messageId: 'missing' },
        { targets: ['gw2'], messageId: 'invalid' },
      ],
    },
  ],
});
