import { defineRule, reportEach } from '../diagnostic.ts';

export const srtpRequiredOnTcp = defineRule({
  id: 'SRTP_REQUIRED_ON_TCP',
  severity: 'warning',
  source: 'PS: SRTPMode',
  description: 'SRTP applies only to TLS trunks: on TCP, "Required" is treated as not supported.',
  messages: {
    default: 'Trunk "{{trunk}}" requires SRTP over TCP, where the product treats it as not supported: use TLS, or set SRTP to "Not supported".',
  },
  check({ doc }) {
    return reportEach(doc.trunks, (trunk) =>
      trunk.transport === 'TCP' && trunk.srtpMode === 'required' ? { messageId: 'default', params: { trunk: trunk.name }, targets: [trunk.id] } : null,
    );
  },
});
