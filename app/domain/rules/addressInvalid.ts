import { defineRule, type RuleReport } from '../diagnostic.ts';
import { isIpLiteral } from '../names.ts';
import { hostNameProblem, isHostName, nodeText, quoteName, sentenceStart } from './naming.ts';

export const addressInvalid = defineRule({
  id: 'ADDRESS_INVALID',
  severity: 'error',
  source: 'define-a-gateway-in-topology-builder',
  description: 'A gateway, IP-PBX or SBC address must be an FQDN or an IP address.',
  check({ index }) {
    const reports: RuleReport[] = [];
    for (const peer of index.peers) {
      if (isHostName(peer.address) || isIpLiteral(peer.address)) continue;
      const fault =
        peer.address.trim() === ''
          ? 'has no address'
          : `has the address ${quoteName(peer.address)}, which is neither an FQDN nor an IP address (${hostNameProblem(peer.address)})`;
      reports.push({
        message: `${sentenceStart(nodeText(peer, index))} ${fault}. Enter an FQDN such as gw01.contoso.com, or an IPv4 or IPv6 address.`,
        targets: [peer.id],
      });
    }
    return reports;
  },
});
