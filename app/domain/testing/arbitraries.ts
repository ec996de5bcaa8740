// fast-check generators shared by the property tests. Tests only.
import fc from 'fast-check';
import { migrate1to2 } from '../migrate1to2.ts';
import type { MediationConfig, Site, Topology, TopologyNode, TopologyV1 } from '../model.ts';
import { globalTrunkConfiguration, keepAllRule } from '../routing/defaults.ts';
import type { DialPlan, RoutingTest, Scope, TrunkConfiguration, VoicePolicy, VoiceRoute } from '../routing/types.ts';

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

// ---------------------------------------------------------------------------------------------
// Format 2: a format-1 topology whose trunks lose their media keys, with the configuration-store
// collections (format-2.md). References resolve and ids are unique across the document; values range
// over what the parser accepts and the rules judge: usages spelled in another case, routes naming
// missing usages, global objects at their defaults (as the parser adds them) or not, any Unicode text.

const usageName = fc.oneof(fc.constantFrom('Local', 'LongDistance', 'International', 'Internal', 'Emergency', 'Local 2', 'Usage 07'), anyText(1, 30));
const patternText = fc.oneof(
  fc.constantFrom('^\\+1425\\d{7}$', '^\\+1206\\d{7}$', '^(\\d{4})$', '^(\\d{11})$', '^\\+(\\d*)$', '^9(\\d{10})$', '.*', '^\\+44\\d{10}$'),
  fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 12 })).map(([prefix, digits]) => `^\\+${prefix}\\d{${digits}}$`),
  anyText(1, 40),
);
const translationText = fc.oneof(fc.constantFrom('+$1', '$1', '+1425555$1', '+$1;ext=$2', '$$0', ''), anyText(0, 30));
const rule = fc.record({ name: fc.oneof(fc.constantFrom('Keep All', '4 digit', 'Strip plus'), anyText(1, 30)), pattern: patternText, translation: translationText });
const usageRef = fc.oneof(
  { weight: 6, arbitrary: fc.nat().map((n) => ({ index: n, spelling: 'same' as const })) },
  { weight: 1, arbitrary: fc.nat().map((n) => ({ index: n, spelling: 'upper' as const })) },
  { weight: 1, arbitrary: usageName.map((name) => ({ literal: name })) },
);
const usageRefs = fc.array(usageRef, { maxLength: 4 });
const scopeSpec = fc.record({ kind: fc.constantFrom('global', 'site', 'trunk', 'pool', 'tag'), target: fc.nat(), tag: anyText(1, 20) });
/** An object's id: unique text, or the one its scope predicts ("tc-global", "vp-paris"). */
const objectId = fc.option(idCandidate, { nil: undefined, freq: 3 });

export const topologyV2Arbitrary: fc.Arbitrary<Topology> = fc
  .record({
    base: topologyV1Arbitrary,
    usages: fc.array(usageName, { maxLength: 6 }),
    configurations: fc.array(
      fc.record({
        id: objectId,
        scope: scopeSpec,
        defaults: fc.boolean(),
        switches: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        srtp: fc.constantFrom('required' as const, 'optional' as const, 'notSupported' as const),
        maxEarlyDialogs: fc.oneof(fc.constant(20), fc.integer({ min: 1, max: 1000 })),
        usages: usageRefs,
        rules: fc.array(rule, { maxLength: 3 }),
      }),
      { maxLength: 4 },
    ),
    routes: fc.array(
      fc.record({
        id: idCandidate,
        name: anyText(1, 40),
        pattern: patternText,
        usages: usageRefs,
        trunks: fc.array(fc.nat(), { maxLength: 3 }),
        priority: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000 })),
        suppress: fc.boolean(),
        callerId: fc.option(fc.oneof(fc.constant('+14255550100'), anyText(0, 20))),
        description: fc.oneof(fc.constant(''), anyText(0, 40)),
      }),
      { maxLength: 8 },
    ),
    policies: fc.array(
      fc.record({
        id: objectId,
        scope: scopeSpec,
        usages: usageRefs,
        reRouting: fc.boolean(),
        tollBypass: fc.boolean(),
        type: fc.constantFrom('voicePolicyUsage' as const, 'internalOnly' as const, 'customUsage' as const),
        custom: usageRefs,
      }),
      { maxLength: 4 },
    ),
    plans: fc.array(
      fc.record({
        id: objectId,
        scope: scopeSpec,
        prefix: fc.oneof(fc.constant('9'), fc.stringMatching(/^[0-9]{1,4}$/)),
        optimize: fc.boolean(),
        rules: fc.oneof(fc.constant('keepAll' as const), fc.array(fc.record({ rule, internal: fc.boolean() }), { maxLength: 4 })),
      }),
      { maxLength: 4 },
    ),
    tests: fc.array(
      fc.record({
        id: idCandidate,
        name: anyText(1, 32),
        number: fc.stringMatching(/^[0-9+*#;=a-z]{1,20}$/),
        plan: fc.nat(),
        policy: fc.nat(),
        translation: fc.option(translationText, { nil: undefined }),
        usage: fc.option(fc.option(usageRef), { nil: undefined }),
        route: fc.option(fc.option(fc.oneof(fc.nat(), fc.constant(-1))), { nil: undefined }),
      }),
      { maxLength: 5 },
    ),
  })
  .map((spec): Topology => {
    const { trunks: mediaTrunks, schemaVersion: _version, ...rest } = spec.base;
    const trunks = mediaTrunks.map(({ mediaBypass: _a, centralizedMediaProcessing: _b, referSupport: _c, rtcpActiveCalls: _d, rtcpCallsOnHold: _e, srtpMode: _f, ...trunk }) => trunk);
    const used = new Set<string>([...rest.sites.map((s) => s.id), ...rest.nodes.map((n) => n.id), ...trunks.map((t) => t.id)]);
    let serial = 0;
    const unique = (candidate: string) => {
      let id = candidate;
      while (used.has(id)) id = `${candidate}-${++serial}`;
      used.add(id);
      return id;
    };
    const seen = new Set<string>();
    const usages = spec.usages.filter((u) => !seen.has(u.toLowerCase()) && seen.add(u.toLowerCase()));
    const refer = (ref: { index: number; spelling: 'same' | 'upper' } | { literal: string }): string => {
      if ('literal' in ref) return ref.literal;
      if (usages.length === 0) return 'Local';
      const name = usages[ref.index % usages.length]!;
      return ref.spelling === 'upper' ? name.toUpperCase() : name;
    };
    const pools = rest.nodes.filter((n) => n.kind === 'frontEndPool');
    const scope = (s: { kind: string; target: number; tag: string }, allowed: readonly string[]): Scope => {
      const kind = allowed.includes(s.kind) ? s.kind : 'global';
      if (kind === 'site') return { kind, siteId: rest.sites[s.target % rest.sites.length]!.id };
      if (kind === 'trunk' && trunks.length > 0) return { kind, trunkId: trunks[s.target % trunks.length]!.id };
      if (kind === 'pool' && pools.length > 0) return { kind, poolId: pools[s.target % pools.length]!.id };
      if (kind === 'tag') return { kind, name: s.tag };
      return { kind: 'global' };
    };
    // A predicted id keeps to the id alphabet (a tag name may hold any text).
    const id = (candidate: string | undefined, prefix: string, sc: Scope) => unique(candidate ?? `${prefix}-${sc.kind === 'global' ? 'global' : sc.kind === 'site' ? sc.siteId : sc.kind === 'trunk' ? sc.trunkId : sc.kind === 'pool' ? sc.poolId : sc.name}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60));
    const trunkConfigurations: TrunkConfiguration[] = spec.configurations.map((c) => {
      // scope() returns only the allowed kinds.
      const sc = scope(c.scope, ['global', 'site', 'trunk']) as TrunkConfiguration['scope'];
      const identity = id(c.id, 'tc', sc);
      if (c.defaults) return { ...globalTrunkConfiguration(identity), scope: sc };
      const [mediaBypass, centralizedMediaProcessing, referSupport, enable3pccRefer, rtcpActiveCalls, rtcpCallsOnHold, enableFastFailoverTimer, forwardCallHistory, forwardPai] = c.switches as [boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean];
      return {
        id: identity, scope: sc, mediaBypass, centralizedMediaProcessing, referSupport, enable3pccRefer, rtcpActiveCalls, rtcpCallsOnHold,
        srtpMode: c.srtp, enableFastFailoverTimer, forwardCallHistory, forwardPai, maxEarlyDialogs: c.maxEarlyDialogs,
        pstnUsages: c.usages.map(refer), outboundTranslationRules: c.rules,
      };
    });
    const voiceRoutes: VoiceRoute[] = spec.routes.map((r) => ({
      id: unique(r.id), name: r.name, numberPattern: r.pattern, pstnUsages: r.usages.map(refer),
      trunkIds: trunks.length === 0 ? [] : r.trunks.map((t) => trunks[t % trunks.length]!.id),
      priority: r.priority, suppressCallerId: r.suppress, alternateCallerId: r.callerId, description: r.description,
    }));
    const voicePolicies: VoicePolicy[] = spec.policies.map((p) => {
      const sc = scope(p.scope, ['global', 'site', 'tag']) as VoicePolicy['scope'];
      return {
        id: id(p.id, 'vp', sc), scope: sc, pstnUsages: p.usages.map(refer), allowPstnReRouting: p.reRouting, preventPstnTollBypass: p.tollBypass,
        callForwardingSimulRingUsageType: p.type, customCallForwardingSimulRingUsages: p.custom.map(refer),
      };
    });
    const dialPlans: DialPlan[] = spec.plans.map((p) => {
      const sc = scope(p.scope, ['global', 'site', 'pool', 'tag']) as DialPlan['scope'];
      return {
        id: id(p.id, 'dp', sc), scope: sc, externalAccessPrefix: p.prefix, optimizeDeviceDialing: p.optimize,
        normalizationRules: p.rules === 'keepAll' ? [keepAllRule()] : p.rules.map((r) => ({ ...r.rule, isInternalExtension: r.internal })),
      };
    });
    const routingTests: RoutingTest[] =
      dialPlans.length === 0 || voicePolicies.length === 0
        ? []
        : spec.tests.map((t) => {
            const expect: RoutingTest['expect'] = {};
            if (t.translation !== undefined) expect.translation = t.translation;
            if (t.usage !== undefined) expect.usage = t.usage === null ? null : refer(t.usage);
            if (t.route !== undefined) expect.routeId = t.route === null ? null : t.route < 0 || voiceRoutes.length === 0 ? 'gone-route' : voiceRoutes[t.route % voiceRoutes.length]!.id;
            return {
              id: unique(t.id), name: t.name, dialedNumber: t.number,
              dialPlanId: dialPlans[t.plan % dialPlans.length]!.id, voicePolicyId: voicePolicies[t.policy % voicePolicies.length]!.id, expect,
            };
          });
    return { ...rest, schemaVersion: 2, trunks, trunkConfigurations, pstnUsages: usages, voiceRoutes, voicePolicies, dialPlans, routingTests };
  });
