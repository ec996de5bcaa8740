// Shared documents for the tests of the Trunks, Media and Capacity rules. Tests only.
import type { Director, Topology } from '../model.ts';
import { setTrunkMedia } from '../edit.ts';
import { doc, frontEnd, mediationPool, peer, trunk } from '../testing/build.ts';

/**
 * A valid M:N design: two Mediation pools, each with a trunk to each of two gateways.
 * A gateway's listening port serves one trunk, so the second pool uses port 5068 on each gateway.
 */
export function mnDesign(): Topology {
  // t21's media bypasses the Mediation Server: its own configuration says so.
  return setTrunkMedia(doc({
    settings: { mediaBypass: 'useSiteAndRegion', callAdmissionControl: true },
    nodes: [
      frontEnd({ mediation: null }),
      mediationPool({ id: 'med1', fqdn: 'med1.contoso.com', servers: ['med1a.contoso.com', 'med1b.contoso.com'] }),
      mediationPool({ id: 'med2', fqdn: 'med2.contoso.com', servers: ['med2a.contoso.com', 'med2b.contoso.com'] }),
      peer({ id: 'gw1', address: 'gw01.contoso.com' }),
      peer({ id: 'gw2', address: 'gw02.contoso.com' }),
    ],
    trunks: [
      trunk({ id: 't11', name: 'med1-gw1', mediationId: 'med1', peerId: 'gw1', peerPort: 5067, root: true, peakCalls: 900 }),
      trunk({ id: 't12', name: 'med1-gw2', mediationId: 'med1', peerId: 'gw2', peerPort: 5067, root: true, peakCalls: 900 }),
      trunk({ id: 't21', name: 'med2-gw1', mediationId: 'med2', peerId: 'gw1', peerPort: 5068, root: false, peakCalls: 5000 }),
      trunk({ id: 't22', name: 'med2-gw2', mediationId: 'med2', peerId: 'gw2', peerPort: 5068, root: false, peakCalls: 2000 }),
    ],
  }), 't21', { mediaBypass: true });
}

export function director(overrides: Partial<Director> = {}): Director {
  return {
    id: 'dir1',
    kind: 'director',
    siteId: 'hq',
    fqdn: 'dir.contoso.com',
    servers: ['dir01.contoso.com', 'dir02.contoso.com'],
    ...overrides,
  };
}
