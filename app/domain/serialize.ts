// The one serializer for everything that leaves the app as data: stable key order (format.md's),
// every default written out, 2-space JSON. serialize(parse(serialize(x))) === serialize(x).
import type { Frame, MediationConfig, Position, Site, Topology, TopologyNode, Trunk } from './model.ts';

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
    mediaBypass: t.mediaBypass,
    centralizedMediaProcessing: t.centralizedMediaProcessing,
    referSupport: t.referSupport,
    rtcpActiveCalls: t.rtcpActiveCalls,
    rtcpCallsOnHold: t.rtcpCallsOnHold,
    srtpMode: t.srtpMode,
  };
  put(out, 'peakCalls', t.peakCalls);
  return out;
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
  };
}

export function serializeTopology(doc: Topology): string {
  return `${JSON.stringify(toCanonical(doc), null, 2)}\n`;
}
