import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';
import { isIpLiteral } from '../names.ts';
import { hostNameReason, isHostName } from './naming.ts';

const ADVICE = 'Enter an FQDN such as gw01.contoso.com, or an IPv4 or IPv6 address.';

export const addressInvalid = defineRule({
  id: 'ADDRESS_INVALID',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder',
  description: 'A gateway, IP-PBX or SBC address must be an FQDN or an IP address.',
  // A blank address is missing; otherwise {{reason}} is a hostName.* term.
  messages: {
    missing: `{{node, capitalize}} has no address. ${ADVICE}`,
    invalid: `{{node, capitalize}} has the address "{{address}}", which is neither an FQDN nor an IP address ({{reason}}). ${ADVICE}`,
  },
  check({ index }) {
    const reports: RuleReport<'missing' | 'invalid'>[] = [];
    for (const peer of index.peers) {
      if (isHostName(peer.address) || isIpLiteral(peer.address)) continue;
      const node = nodeParam(peer, index);
      reports.push(
        peer.address.trim() === ''
          ? { messageId: 'missing', params: { node }, targets: [peer.id] }
          : { messageId: 'invalid', params: { node, address: peer.address, reason: hostNameReason(peer.address) }, targets: [peer.id] },
      );
    }
    return reports;
  },
});
