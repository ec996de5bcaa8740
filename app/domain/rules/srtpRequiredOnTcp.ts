import { defineRule, reportEach } from '../diagnostic.ts';
import { effectiveTrunkConfiguration } from '../routing/scopes.ts';
import { trunkConfigurationRef } from './routingTerms.ts';

export const srtpRequiredOnTcp = defineRule({
  id: 'SRTP_REQUIRED_ON_TCP',
  severity: 'warning',
  source: 'PS: SRTPMode',
  description: 'SRTP applies only to TLS trunks: on TCP, "Required" is treated as not supported.',
  messages: {
    default: 'Trunk "{{trunk}}" requires SRTP over TCP ({{configuration}}), where the product treats it as not supported: use TLS, or set SRTP to "Not supported".',
  },
  check({ doc }) {
    return reportEach(doc.trunks, (trunk) => {
      if (trunk.transport !== 'TCP') return null;
      const configuration = effectiveTrunkConfiguration(doc, trunk.id);
      if (configuration?.srtpMode !== 'required') return null;
      return { messageId: 'default', params: { trunk: trunk.name, configuration: trunkConfigurationRef(doc, configuration) }, targets: [trunk.id, configuration.id] };
    });
  },
});
