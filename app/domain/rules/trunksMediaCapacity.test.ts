// The Trunks, Media and Capacity rules together: catalogue order, a clean M:N design,
// robustness on arbitrary documents. (Their cost on large documents is measured by npm run bench.)
import { usedIds } from '../defaults.ts';
import { migrate1to2 } from '../migrate1to2.ts';
import type { TopologyV1 } from '../model.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Topology, TopologyNode } from '../model.ts';
import { NODE_KINDS } from '../model.ts';
import { branchSite, centralSite, doc, frontEnd, mediationPool, peer, trunk, validDoc } from '../testing/build.ts';
import { messageDefects } from '../testing/messages.ts';
import { RULE_BY_ID, validate } from './index.ts';
import { director, mnDesign } from './trunkFixtures.ts';
import { trunkMediaCapacityRules } from './trunksMediaCapacity.ts';

const CATALOGUE = [
  'TRUNK_MEDIATION_KIND',
  'TRUNK_PEER_KIND',
  'TRUNK_NAME_DUPLICATE',
  'TRUNK_PEER_PORT_DUPLICATE',
  'PEER_ROOT_TRUNK',
  'TRUNK_TLS_IP_PEER',
  'TRUNK_TCP_DISABLED',
  'TRUNK_MEDIATION_PORT_RANGE',
  'TRUNK_TCP_INSECURE',
  'PEER_NO_DNS_LB_MULTI_SERVER',
  'SBC_MEDIATION_SITE',
  'SBC_COLLOCATED_MEDIATION',
  'BRANCH_PBX_REMOTE_MEDIATION',
  'BYPASS_PRECONDITIONS',
  'BYPASS_GLOBALLY_DISABLED',
  'BYPASS_ALWAYS_WITH_CAC',
  'BYPASS_UNQUALIFIED_PEER',
  'SRTP_REQUIRED_ON_TCP',
  'MEDIATION_CAPACITY',
];

describe('trunkMediaCapacityRules', () => {
  it("holds the catalogue's rules, in its order", () => {
    expect(trunkMediaCapacityRules.map((rule) => rule.id)).toEqual(CATALOGUE);
  });

  it('finds nothing in the valid document or the M:N design', () => {
    expect(validate(validDoc(), trunkMediaCapacityRules)).toEqual([]);
    expect(validate(mnDesign(), trunkMediaCapacityRules)).toEqual([]);
  });

  it('finds nothing in a design using every peer kind in its place', () => {
    const design = doc({
      sites: [centralSite(), branchSite('paris', 'hq', 'Paris')],
      nodes: [
        frontEnd(),
        mediationPool({ siteId: 'paris', fqdn: 'med.paris.contoso.com' }),
        peer({ id: 'sbc1', kind: 'sbc', address: 'sbc.paris.example.net', siteId: 'paris', dnsLoadBalancing: false }),
        peer({ id: 'pbx1', kind: 'ipPbx', address: 'pbx.paris.contoso.com', siteId: 'paris' }),
        peer({ id: 'gw1', address: 'gw.paris.contoso.com', siteId: 'paris' }),
      ],
      trunks: [
        trunk({ id: 't1', name: 'sbc', mediationId: 'med1', peerId: 'sbc1', peakCalls: 600 }),
        trunk({ id: 't2', name: 'pbx', mediationId: 'med1', peerId: 'pbx1', peakCalls: 400 }),
        // A central pool may serve a branch gateway.
        trunk({ id: 't3', name: 'gw', mediationId: 'fe1', peerId: 'gw1', peakCalls: 450 }),
      ],
    });
    expect(validate(design, trunkMediaCapacityRules)).toEqual([]);
  });

  it('never throws on arbitrary documents, and names only existing elements', () => {
    const ids = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5'];
    const port = fc.integer({ min: -1, max: 70000 });
    const range = fc.tuple(port, port);
    const mediation = fc.record({ tlsPortRange: range, tcpPortRange: fc.option(range), sipServerPort: port });
    const servers = fc.array(fc.constantFrom('a.contoso.com', 'b.contoso.com'), { minLength: 0, maxLength: 3 });
    const node = (id: string) =>
      fc.record({ kind: fc.constantFrom(...NODE_KINDS), siteId: fc.constantFrom('hq', 'paris'), mediation: fc.option(mediation), servers }).map(
        ({ kind, siteId, mediation: config, servers: list }): TopologyNode => {
          switch (kind) {
            case 'frontEndPool':
              return frontEnd({ id, siteId, servers: list, mediation: config });
            case 'mediationPool':
              return mediationPool({ id, siteId, servers: list, mediation: config ?? mediationPool().mediation });
            case 'director':
              return director({ id, siteId, servers: list });
            default:
              return peer({ id, kind, siteId, address: list.length % 2 === 0 ? '10.0.0.1' : 'gw.contoso.com', dnsLoadBalancing: list.length < 2, qualified: list.length !== 1 });
          }
        },
      );
    const trunkArb = (i: number) =>
      fc
        .record({
          name: fc.constantFrom('a', 'A', 'b'),
          mediationId: fc.constantFrom(...ids),
          peerId: fc.constantFrom(...ids),
          transport: fc.constantFrom('TLS' as const, 'TCP' as const),
          mediationPort: port,
          peerPort: fc.constantFrom(5066, 5067),
          root: fc.boolean(),
          mediaBypass: fc.boolean(),
          centralizedMediaProcessing: fc.boolean(),
          referSupport: fc.boolean(),
          rtcpActiveCalls: fc.boolean(),
          rtcpCallsOnHold: fc.boolean(),
          srtpMode: fc.constantFrom('required' as const, 'optional' as const, 'notSupported' as const),
          peakCalls: fc.option(fc.nat({ max: 5000 }), { nil: undefined }),
        })
        .map((fields): TopologyV1['trunks'][number] => ({ id: `t${i}`, ...fields }));
    const documents = fc
      .tuple(
        fc.tuple(...ids.map(node)),
        fc.array(fc.nat(), { maxLength: 8 }).chain((list) => fc.tuple(...list.map((_, i) => trunkArb(i)))),
        fc.constantFrom('disabled' as const, 'alwaysBypass' as const, 'useSiteAndRegion' as const),
        fc.boolean(),
      )
      .map(
        ([nodes, trunks, mediaBypass, callAdmissionControl]): Topology =>
          // Written as format 1 and migrated: each trunk's media settings become its own configuration.
          migrate1to2({ ...doc({ sites: [centralSite(), branchSite('paris')], nodes, settings: { mediaBypass, callAdmissionControl } }), schemaVersion: 1, trunks }),
      );
    fc.assert(
      fc.property(documents, (topology) => {
        const known = usedIds(topology);
        for (const diagnostic of validate(topology, trunkMediaCapacityRules)) {
          for (const target of diagnostic.targets) expect(known.has(target)).toBe(true);
          expect(new Set(diagnostic.targets).size).toBe(diagnostic.targets.length);
          expect(messageDefects(RULE_BY_ID.get(diagnostic.rule)!.messages, diagnostic)).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
