import { defineRule, type RuleReport } from '../diagnostic.ts';
import { isIpLiteral } from '../names.ts';
import { hostNameFault, hostNameFaultKey, hostNameFaultMessages, hostNameProblem, isHostName, nodeParam, nodeText, quoteName, sentenceStart } from './naming.ts';

export const addressInvalid = defineRule({
  id: 'ADDRESS_INVALID',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder',
  description: 'A gateway, IP-PBX or SBC address must be an FQDN or an IP address.',
  // 'missing' for a blank address; otherwise the address's fault (tooLong, colon, …) is the message id.
  // 'empty' cannot occur (a blank address is 'missing'), nor can 'ipAddress' (an IPv4 address is valid),
  // which is declared all the same, with the faults FQDN_INVALID shares.
  messages: { missing: ['node'], ...hostNameFaultMessages('address') },
  check({ index }) {
    const reports: RuleReport[] = [];
    for (const peer of index.peers) {
      if (isHostName(peer.address) || isIpLiteral(peer.address)) continue;
      const ref = nodeParam(peer, index);
      const blank = peer.address.trim() === '';
      const fault = blank
        ? 'has no address'
        : `has the address ${quoteName(peer.address)}, which is neither an FQDN nor an IP address (${hostNameProblem(peer.address)})`;
      reports.push({
        message: `${sentenceStart(nodeText(peer, index))} ${fault}. Enter an FQDN such as gw01.contoso.com, or an IPv4 or IPv6 address.`,
        targets: [peer.id],
        key: blank ? { id: 'missing', params: { node: ref } } : hostNameFaultKey(hostNameFault(peer.address), ref, 'address', peer.address),
      });
    }
    return reports;
  },
});
