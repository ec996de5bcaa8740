// The one serializer for everything that leaves the app as data: format 2 in a stable key order (format.md's, format-2.md's),
// every default written out, 2-space JSON. serialize(parse(serialize(x))) === serialize(x).
import type { Frame, MediationConfig, Position, Site, Topology, TopologyNode, Trunk } from './model.ts';
import type { DialPlan, RoutingTest, Scope, TranslationRule, TrunkConfiguration, VoicePolicy, VoiceRoute } from './routing/types.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Sets a key only when the value is present, so optional keys never appear as undefined. */
function put(target: Record<string, Json>, key: string, value: Json | undefined): void {
  if (value !== undefined) target[key] = value;
}

function position(p: Position): Json {
  return { x: p.x, y: p.y };
}

function frame(f: Frame): Json {
  return { x: f.x, y: f.y, width: f.width, height: f.height };
}

function mediation(m: MediationConfig): Json {
  return {
    tlsPortRange: [m.tlsPortRange[0], m.tlsPortRange[1]],
    tcpPortRange: m.tcpPortRange === null ? null : [m.tcpPortRange[0], m.tcpPortRange[1]],
    sipServerPort: m.sipServerPort,
  };
}

function site(s: Site): Json {
  const out: Record<string, Json> = { id: s.id, name: s.name, kind: s.kind };
  put(out, 'centralSiteId', s.centralSiteId);
  put(out, 'frame', s.frame && frame(s.frame));
  return out;
}

function node(n: TopologyNode): Json {
  const out: Record<string, Json> = { id: n.id, kind: n.kind, siteId: n.siteId };
  put(out, 'label', n.label);
  put(out, 'position', n.position && position(n.position));
  switch (n.kind) {
    case 'frontEndPool':
      out.fqdn = n.fqdn;
      out.edition = n.edition;
      out.servers = [...n.servers];
      out.mediation = n.mediation === null ? null : mediation(n.mediation);
      break;
    case 'director':
      out.fqdn = n.fqdn;
      out.servers = [...n.servers];
      break;
    case 'mediationPool':
      out.fqdn = n.fqdn;
      out.servers = [...n.servers];
      out.nextHopId = n.nextHopId;
      out.mediation = mediation(n.mediation);
      break;
    default:
      out.address = n.address;
      out.dnsLoadBalancing = n.dnsLoadBalancing;
      out.qualified = n.qualified;
  }
  return out;
}

function trunk(t: Trunk): Json {
  const out: Record<string, Json> = {
    id: t.id,
    name: t.name,
    mediationId: t.mediationId,
    peerId: t.peerId,
    transport: t.transport,
    mediationPort: t.mediationPort,
    peerPort: t.peerPort,
    root: t.root,
  };
  put(out, 'peakCalls', t.peakCalls);
  return out;
}

function scope(s: Scope): Json {
  switch (s.kind) {
    case 'global':
      return { kind: s.kind };
    case 'site':
      return { kind: s.kind, siteId: s.siteId };
    case 'trunk':
      return { kind: s.kind, trunkId: s.trunkId };
    case 'pool':
      return { kind: s.kind, poolId: s.poolId };
    case 'tag':
      return { kind: s.kind, name: s.name };
  }
}

const rule = (r: TranslationRule): Json => ({ name: r.name, pattern: r.pattern, translation: r.translation });

function trunkConfiguration(c: TrunkConfiguration): Json {
  return {
    id: c.id,
    scope: scope(c.scope),
    mediaBypass: c.mediaBypass,
    centralizedMediaProcessing: c.centralizedMediaProcessing,
    referSupport: c.referSupport,
    enable3pccRefer: c.enable3pccRefer,
    rtcpActiveCalls: c.rtcpActiveCalls,
    rtcpCallsOnHold: c.rtcpCallsOnHold,
    srtpMode: c.srtpMode,
    enableFastFailoverTimer: c.enableFastFailoverTimer,
    forwardCallHistory: c.forwardCallHistory,
    forwardPai: c.forwardPai,
    maxEarlyDialogs: c.maxEarlyDialogs,
    pstnUsages: [...c.pstnUsages],
    outboundTranslationRules: c.outboundTranslationRules.map(rule),
  };
}

function voiceRoute(r: VoiceRoute): Json {
  return {
    id: r.id,
    name: r.name,
    numberPattern: r.numberPattern,
    pstnUsages: [...r.pstnUsages],
    trunkIds: [...r.trunkIds],
    priority: r.priority,
    suppressCallerId: r.suppressCallerId,
    alternateCallerId: r.alternateCallerId,
    description: r.description,
  };
}

function voicePolicy(p: VoicePolicy): Json {
  return {
    id: p.id,
    scope: scope(p.scope),
    pstnUsages: [...p.pstnUsages],
    allowPstnReRouting: p.allowPstnReRouting,
    preventPstnTollBypass: p.preventPstnTollBypass,
    callForwardingSimulRingUsageType: p.callForwardingSimulRingUsageType,
    customCallForwardingSimulRingUsages: [...p.customCallForwardingSimulRingUsages],
  };
}

function dialPlan(p: DialPlan): Json {
  return {
    id: p.id,
    scope: scope(p.scope),
    externalAccessPrefix: p.externalAccessPrefix,
    optimizeDeviceDialing: p.optimizeDeviceDialing,
    normalizationRules: p.normalizationRules.map((r) => ({ ...(rule(r) as Record<string, Json>), isInternalExtension: r.isInternalExtension })),
  };
}

function routingTest(t: RoutingTest): Json {
  const expect: Record<string, Json> = {};
  put(expect, 'translation', t.expect.translation);
  put(expect, 'usage', t.expect.usage);
  put(expect, 'routeId', t.expect.routeId);
  return { id: t.id, name: t.name, dialedNumber: t.dialedNumber, dialPlanId: t.dialPlanId, voicePolicyId: t.voicePolicyId, expect };
}

/** The document as plain JSON values in canonical key order. */
export function toCanonical(doc: Topology): Json {
  return {
    format: doc.format,
    schemaVersion: doc.schemaVersion,
    name: doc.name,
    settings: { mediaBypass: doc.settings.mediaBypass, callAdmissionControl: doc.settings.callAdmissionControl },
    sites: doc.sites.map(site),
    nodes: doc.nodes.map(node),
    trunks: doc.trunks.map(trunk),
    trunkConfigurations: doc.trunkConfigurations.map(trunkConfiguration),
    pstnUsages: [...doc.pstnUsages],
    voiceRoutes: doc.voiceRoutes.map(voiceRoute),
    voicePolicies: doc.voicePolicies.map(voicePolicy),
    dialPlans: doc.dialPlans.map(dialPlan),
    routingTests: doc.routingTests.map(routingTest),
  };
}

export function serializeTopology(doc: Topology): string {
  return `${JSON.stringify(toCanonical(doc), null, 2)}\n`;
}
