import { defineRule, reportEach } from '../diagnostic.ts';
import { nodeRef } from '../describe.ts';
import { effectiveTrunkConfiguration } from '../routing/scopes.ts';
import { trunkConfigurationRef } from './routingTerms.ts';
import { trunkPeer } from './trunkEnds.ts';

export const bypassUnqualifiedPeer = defineRule({
  id: 'BYPASS_UNQUALIFIED_PEER',
  severity: 'warning',
  source: 'technical-requirements-for-media-bypass',
  description: 'Media bypass is supported only with peers qualified by the Open Interoperability Program.',
  messages: {
    default:
      'Trunk "{{trunk}}" has media bypass on ({{configuration}}), but {{peer}} is not qualified for it by the Open Interoperability Program: use a qualified peer, or turn media bypass off.',
  },
  check({ doc, index }) {
    return reportEach(doc.trunks, (trunk) => {
      const configuration = effectiveTrunkConfiguration(doc, trunk.id);
      if (!configuration?.mediaBypass) return null;
      const peer = trunkPeer(trunk, index);
      if (peer === undefined || peer.qualified) return null;
      return {
        messageId: 'default',
        params: { trunk: trunk.name, configuration: trunkConfigurationRef(doc, configuration), peer: nodeRef(peer) },
        targets: [trunk.id, peer.id, configuration.id],
      };
    });
  },
});
