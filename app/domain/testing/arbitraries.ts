// fast-check generators shared by the property tests. Tests only.
import fc from 'fast-check';
import { migrate1to2 } from '../migrate1to2.ts';
import type { MediationConfig, Site, Topology, TopologyNode, TopologyV1 } from '../model.ts';

export const anyChar = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('\ud800', '\udfff', '0', '07', '9', '-', '.', ' ', '\u0000', '"', '\\'),
);
const anyText = (minLength: number, maxLength: number) => fc.string({ unit: anyChar, minLength, maxLength });

const idCandidate = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
  fc.tuple(fc.constantFrom('t', 'c', 'fe', 'med', 'gw', 'c1-b', 's', 'central'), fc.integer({ min: 0, max: 300 })).map(([p, n]) => `${p}${n}`),
  fc.stringMatching(/^[a-z]{0,3}0{0,3}[0-9]{1,20}(-[a-z]{1,3})?$/),
);
const domain = fc.constantFrom('contoso.com', 'fabrikam.com', 'example.net', 'corp.example.org', 'x');
const host = fc.oneof(
  fc.tuple(fc.stringMatching(/^[a-z]{1,5}[0-9]{0,4}[a-z]?$/), domain).map(([label, d]) => `${label}.${d}`),
  fc.constantFrom('10.0.0.5', '2001:db8::1', '', '.', 'a..b', 'bad_name', 'gw01', '.com'),
  anyText(0, 20),
);
const port = fc.oneof(
  fc.integer({ min: 5060, max: 5072 }),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.constantFrom(0, 2 ** 47, 2 ** 47 + 1, -(2 ** 47) - 3, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
);
const range = fc.tuple(port, port);
const mediationConfig: fc.Arbitrary<MediationConfig> = fc.oneof(
  fc.constant({ tlsPortRange: [5067, 5067] as [number, number], tcpPortRange: null, sipServerPort: 5070 }),
  fc.record({ tlsPortRange: range, tcpPortRange: fc.option(range), sipServerPort: port }),
);
const coordinate = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }));
const extent = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 1e-300, max: 1_000_000, noNaN: true }));

/**
 * Topologies the parser accepts (right types, unique ids, references that resolve) with any values the
 * rules judge: wrong kinds on trunk ends, bad names and ports, Unicode text, fractional coordinates.
 */
export const topologyV1Arbitrary: fc.Arbitrary<TopologyV1> = fc
  .record({
    name: anyText(1, 60),
    mediaBypass: fc.constantFrom('disabled' as const, 'alwaysBypass' as const, 'useSiteAndRegion' as const),
    cac: fc.boolean(),
    sites: fc.array(
      fc.record({ id: idCandidate, name: anyText(1, 40), branch: fc.boolean(), central: fc.nat(), frame: fc.option(fc.record({ x: coordinate, y: coordinate, width: extent, height: extent }), { nil: undefined }) }),
      { minLength: 1, maxLength: 6 },
    ),
    nodes: fc.array(
      fc.record({
        id: idCandidate,
        kind: fc.constantFrom('frontEndPool' as const, 'mediationPool' as const, 'director' as const, 'pstnGateway' as const, 'ipPbx' as const, 'sbc' as const),
        site: fc.nat(),
        label: fc.option(fc.oneof(anyText(0, 40), fc.constantFrom('', 'Gateway 1.2', 'Front End 01')), { nil: undefined }),
        position: fc.option(fc.record({ x: coordinate, y: coordinate }), { nil: undefined }),
        host,
        servers: fc.array(host, { minLength: 1, maxLength: 4 }),
        edition: fc.constantFrom('enterprise' as const, 'standard' as const),
        mediation: fc.option(mediationConfig),
        nextHop: fc.option(fc.nat()),
        flags: fc.tuple(fc.boolean(), fc.boolean()),
      }),
      { maxLength: 10 },
    ),
    trunks: fc.array(
      fc.record({
        id: idCandidate,
        name: fc.oneof(anyText(1, 40), fc.constant('peer-port'), fc.constant('label-port'), fc.constant('label')),
        mediation: fc.nat(),
        peer: fc.nat(),
        tcp: fc.boolean(),
        mediationPort: port,
        peerPort: port,
        root: fc.boolean(),
        bools: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        srtp: fc.constantFrom('required' as const, 'optional' as const, 'notSupported' as const),
        peakCalls: fc.option(fc.oneof(fc.constant(0), fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER)), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
  })
  .map((spec): TopologyV1 => {
    const used = new Set<string>();
    // Ids must be unique across the document: a repeated candidate gets its element's number.
    const unique = (candidate: string, n: number) => {
      const id = used.has(candidate) ? `${candidate}-${n}` : candidate;
      used.add(id);
      return id;
    };
    const siteIds = spec.sites.map((s, i) => unique(s.id, i));
    const centrals = siteIds.filter((_, i) => !spec.sites[i]!.branch || i === 0);
    const sites: Site[] = spec.sites.map((s, i) => {
      const branch = s.branch && i > 0;
      return {
        id: siteIds[i]!,
        name: s.name,
        kind: branch ? 'branch' : 'central',
        ...(branch ? { centralSiteId: centrals[s.central % centrals.length]! } : {}),
        ...(s.frame ? { frame: s.frame } : {}),
      };
    });
    const nodeIds = spec.nodes.map((n, i) => unique(n.id, 100 + i));
    const nodes: TopologyNode[] = spec.nodes.map((n, i) => {
      const base = {
        id: nodeIds[i]!,
        siteId: siteIds[n.site % siteIds.length]!,
        ...(n.label !== undefined ? { label: n.label } : {}),
        ...(n.position ? { position: n.position } : {}),
      };
      switch (n.kind) {
        case 'frontEndPool':
          return { ...base, kind: n.kind, fqdn: n.host, edition: n.edition, servers: n.servers, mediation: n.mediation };
        case 'director':
          return { ...base, kind: n.kind, fqdn: n.host, servers: n.servers };
        case 'mediationPool':
          return {
            ...base, kind: n.kind, fqdn: n.host, servers: n.servers,
            nextHopId: n.nextHop === null ? null : nodeIds[n.nextHop % nodeIds.length]!,
            mediation: n.mediation ?? { tlsPortRange: [5067, 5067], tcpPortRange: null, sipServerPort: 5070 },
          };
        default:
          return { ...base, kind: n.kind, address: n.host, dnsLoadBalancing: n.flags[0], qualified: n.flags[1] };
      }
    });
    const trunks: TopologyV1['trunks'] =
      nodes.length === 0
        ? []
        : spec.trunks.map((t, i) => {
            const peer = nodes[t.peer % nodes.length]!;
            const label = ('address' in peer ? peer.address : '').split('.')[0] ?? '';
            const predicted = new Map([['peer-port', `${peer.id}-${t.peerPort}`], ['label-port', `${label}-${t.peerPort}`], ['label', label]]);
            const name = predicted.get(t.name) ?? t.name;
            return {
              id: unique(t.id, 1000 + i),
              // A predicted name may be empty (a peer without an address): the format needs one character.
              name: name === '' ? 'x' : name,
              mediationId: nodes[t.mediation % nodes.length]!.id,
              peerId: peer.id,
              transport: t.tcp ? 'TCP' : 'TLS',
              mediationPort: t.mediationPort,
              peerPort: t.peerPort,
              root: t.root,
              mediaBypass: t.bools[0]!,
              centralizedMediaProcessing: t.bools[1]!,
              referSupport: t.bools[2]!,
              rtcpActiveCalls: t.bools[3]!,
              rtcpCallsOnHold: t.bools[4]!,
              srtpMode: t.srtp,
              ...(t.peakCalls !== undefined ? { peakCalls: t.peakCalls } : {}),
            };
          });
    return { format: 'trunkline.topology', schemaVersion: 1, name: spec.name, settings: { mediaBypass: spec.mediaBypass, callAdmissionControl: spec.cac }, sites, nodes, trunks };
  });

/** The same topologies in format 2: each trunk's media settings in a configuration of its own where they are not the defaults. */
export const topologyArbitrary: fc.Arbitrary<Topology> = topologyV1Arbitrary.map(migrate1to2);
