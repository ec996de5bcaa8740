// Link version 1: a topology as compact bytes, before deflate.
//
// Column by column rather than element by element (all site ids, then all site names, ...), so that
// alike values sit together and deflate finds their repetitions. Defaults are one bit in a flags
// varint; references are node or site indexes, predicted where the structure makes them likely
// (a branch's central site is the last central site before it; a trunk's peer is the previous
// trunk's peer or the next one); positions are relative to their site's frame, so that sites laid
// out alike give identical bytes; texts go through text.ts.
//
// The decoder rebuilds the plain JSON value of format.md and nothing more: the caller hands it to
// parseTopology, so every check of the format applies to a link exactly as to a file.
import type { Frame, MediationConfig, Position, Topology, TopologyNode } from '../model.ts';
import { FORMAT, SCHEMA_VERSION } from '../model.ts';
import { LIMITS } from '../schema.ts';
import { ByteReader, ByteWriter, LinkDamage, unzigzag, zigzag } from './bytes.ts';
import { Budget, HostReader, HostWriter, TextReader, TextWriter } from './text.ts';

// The order of these lists is part of the link format: append only, and only in a new link version.
const MEDIA_BYPASS = ['disabled', 'alwaysBypass', 'useSiteAndRegion'] as const;
const NODE_KINDS = ['frontEndPool', 'mediationPool', 'pstnGateway', 'ipPbx', 'sbc', 'director'] as const;
const SRTP_MODES = ['required', 'optional', 'notSupported'] as const;

type NodeKindCode = (typeof NODE_KINDS)[number];

const DEFAULT = { tls: 5067, tcp: 5068, sip: 5070, peerTls: 5067, peerTcp: 5066 } as const;

// Node flags. Bits 5 and 6 mean different things by kind.
const N_KIND = 0b111;
const N_LABEL = 1 << 3;
const N_POSITION = 1 << 4;
const N_STANDARD_EDITION = 1 << 5; // frontEndPool
const N_NO_DNS_LB = 1 << 5; // peers
const N_NO_MEDIATION = 1 << 6; // frontEndPool, mediationPool
const N_UNQUALIFIED = 1 << 6; // peers
const N_TLS_RANGE = 1 << 7;
const N_TCP_RANGE = 1 << 8;
const N_SIP_PORT = 1 << 9;
const N_ALL = (1 << 10) - 1;

// Site flags.
const S_BRANCH = 1;
const S_FRAME = 2;
/** Set when the presence of centralSiteId is not what the kind predicts (a central site naming a parent, a branch without one). */
const S_CENTRAL_SURPRISE = 4;
const S_ALL = 7;

// Trunk flags: each bit is set when the value differs from the usual one.
const T_TCP = 1;
const T_ROOT_SURPRISE = 1 << 1;
const T_MEDIA_BYPASS = 1 << 2;
const T_NO_CMP = 1 << 3;
const T_NO_REFER = 1 << 4;
const T_NO_RTCP_ACTIVE = 1 << 5;
const T_NO_RTCP_HOLD = 1 << 6;
const T_SRTP_SHIFT = 7; // two bits: distance from the usual SRTP mode, 0-2
const T_NO_PEAK = 1 << 9;
const T_ALL = (1 << 10) - 1;

/** Mediation endpoints remembered for trunk references, most recent first. */
const RECENT = 4;

/** Approximate JSON characters of an element without its texts, for the size budget. */
const SITE_COST = 30;
const ELEMENT_COST = 50;

const isPeerKind = (kind: string) => kind === 'pstnGateway' || kind === 'ipPbx' || kind === 'sbc';
const hasServers = (kind: string) => kind === 'frontEndPool' || kind === 'director' || kind === 'mediationPool';
const hasMediation = (kind: string) => kind === 'frontEndPool' || kind === 'mediationPool';

/** The first DNS label of an address: "gw01" of "gw01.contoso.com". */
function firstLabel(address: string): string {
  const dot = address.indexOf('.');
  return dot < 0 ? address : address.slice(0, dot);
}

/** Trunk names the app and people commonly give, from the peer: a name equal to one costs a byte. */
function trunkNameCandidates(peerId: string, address: string, peerPort: number): string[] {
  const label = firstLabel(address);
  return [`${peerId}-${peerPort}`, `${label}-${peerPort}`, label];
}

function usualSrtp(tcp: boolean): number {
  return tcp ? 2 : 0;
}

function firstIndexes(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!map.has(id)) map.set(id, i);
  });
  return map;
}

// ---------------------------------------------------------------------------------------------
// Encoding

export function encodeLayout(doc: Topology): Uint8Array {
  const w = new ByteWriter();
  const text = () => new TextWriter(w);

  const bypass = Math.max(0, MEDIA_BYPASS.indexOf(doc.settings.mediaBypass));
  w.uint(bypass + (doc.settings.callAdmissionControl ? 3 : 0));
  text().write(doc.name);
  w.uint(doc.sites.length);
  w.uint(doc.nodes.length);
  w.uint(doc.trunks.length);

  // Sites.
  const siteIndex = firstIndexes(doc.sites.map((s) => s.id));
  for (const site of doc.sites) {
    const branch = site.kind === 'branch';
    w.uint((branch ? S_BRANCH : 0) | (site.frame ? S_FRAME : 0) | ((site.centralSiteId !== undefined) !== branch ? S_CENTRAL_SURPRISE : 0));
  }
  let lastCentral = -1;
  doc.sites.forEach((site, i) => {
    if (site.centralSiteId !== undefined) {
      const target = siteIndex.get(site.centralSiteId);
      if (target === undefined) {
        w.uint(0);
        w.string(site.centralSiteId);
      } else w.uint(target === lastCentral ? 1 : 2 + target);
    }
    if (site.kind === 'central') lastCentral = i;
  });
  const siteIds = text();
  for (const site of doc.sites) siteIds.write(site.id);
  const siteNames = text();
  for (const site of doc.sites) siteNames.write(site.name);
  const frames = new FrameBases();
  doc.sites.forEach((site, i) => {
    const central = site.kind === 'branch' && site.centralSiteId !== undefined ? siteIndex.get(site.centralSiteId) : undefined;
    if (site.frame) {
      const base = frames.base(site.kind === 'branch', central !== undefined && central < i ? doc.sites[central]!.frame : undefined);
      w.number(site.frame.x, base.x);
      w.number(site.frame.y, base.y);
      w.number(site.frame.width, base.width);
      w.number(site.frame.height, base.height);
      frames.remember(site.kind === 'branch', site.frame);
    }
  });

  // Nodes.
  const nodeIndex = firstIndexes(doc.nodes.map((n) => n.id));
  for (const node of doc.nodes) w.uint(nodeFlags(node));
  let previousSite = 0;
  for (const node of doc.nodes) {
    const target = siteIndex.get(node.siteId);
    if (target === undefined) {
      w.uint(0);
      w.string(node.siteId);
    } else {
      w.uint(1 + zigzag(target - previousSite));
      previousSite = target;
    }
  }
  const nodeIds = text();
  for (const node of doc.nodes) nodeIds.write(node.id);
  const labels = text();
  for (const node of doc.nodes) if (node.label !== undefined) labels.write(node.label);
  for (const node of doc.nodes) {
    if (!node.position) continue;
    const index = siteIndex.get(node.siteId);
    const origin = positionOrigin(index === undefined ? undefined : doc.sites[index]!.frame);
    w.number(node.position.x, origin.x);
    w.number(node.position.y, origin.y);
  }
  const hosts = new HostWriter(w);
  const fqdns = text();
  for (const node of doc.nodes) if (node.kind === 'frontEndPool' || node.kind === 'director' || node.kind === 'mediationPool') hosts.write(node.fqdn, fqdns);
  const servers = text();
  for (const node of doc.nodes) {
    if (node.kind === 'frontEndPool' || node.kind === 'director' || node.kind === 'mediationPool') {
      w.uint(node.servers.length);
      for (const server of node.servers) hosts.write(server, servers);
    }
  }
  const addresses = text();
  for (const node of doc.nodes) if (isPeerKind(node.kind) && 'address' in node) hosts.write(node.address, addresses);
  doc.nodes.forEach((node, i) => {
    if (node.kind !== 'mediationPool') return;
    if (node.nextHopId === null) w.uint(0);
    else {
      const target = nodeIndex.get(node.nextHopId);
      if (target === undefined) {
        w.uint(1);
        w.string(node.nextHopId);
      } else w.uint(2 + zigzag(target - i));
    }
  });
  for (const node of doc.nodes) {
    if (node.kind !== 'frontEndPool' && node.kind !== 'mediationPool') continue;
    const m = node.mediation;
    if (m === null) continue;
    if (customTls(m)) {
      w.number(m.tlsPortRange[0], DEFAULT.tls);
      w.number(m.tlsPortRange[1], m.tlsPortRange[0]);
    }
    if (m.tcpPortRange !== null) {
      w.number(m.tcpPortRange[0], DEFAULT.tcp);
      w.number(m.tcpPortRange[1], m.tcpPortRange[0]);
    }
    if (m.sipServerPort !== DEFAULT.sip) w.number(m.sipServerPort, DEFAULT.sip);
  }

  // Trunks.
  let previousPeer = 0;
  for (const trunk of doc.trunks) {
    const target = nodeIndex.get(trunk.peerId);
    if (target === undefined) {
      w.uint(0);
      w.string(trunk.peerId);
    } else {
      w.uint(1 + zigzag(target - previousPeer));
      previousPeer = target;
    }
  }
  const recent: number[] = [];
  for (const trunk of doc.trunks) {
    const target = nodeIndex.get(trunk.mediationId);
    if (target === undefined) {
      w.uint(0);
      w.string(trunk.mediationId);
      continue;
    }
    const position = recent.indexOf(target);
    w.uint(position >= 0 ? 1 + position : 1 + RECENT + target);
    promoteRecent(recent, target);
  }
  const peerTrunks = new Map<string, number>();
  for (const trunk of doc.trunks) {
    const tcp = trunk.transport === 'TCP';
    const first = !peerTrunks.has(trunk.peerId);
    peerTrunks.set(trunk.peerId, (peerTrunks.get(trunk.peerId) ?? 0) + 1);
    const srtp = (Math.max(0, SRTP_MODES.indexOf(trunk.srtpMode)) - usualSrtp(tcp) + 3) % 3;
    w.uint(
      (tcp ? T_TCP : 0) |
        (trunk.root !== first ? T_ROOT_SURPRISE : 0) |
        (trunk.mediaBypass ? T_MEDIA_BYPASS : 0) |
        (trunk.centralizedMediaProcessing ? 0 : T_NO_CMP) |
        (trunk.referSupport ? 0 : T_NO_REFER) |
        (trunk.rtcpActiveCalls ? 0 : T_NO_RTCP_ACTIVE) |
        (trunk.rtcpCallsOnHold ? 0 : T_NO_RTCP_HOLD) |
        (srtp << T_SRTP_SHIFT) |
        (trunk.peakCalls === undefined ? T_NO_PEAK : 0),
    );
  }
  peerTrunks.clear();
  for (const trunk of doc.trunks) {
    const tcp = trunk.transport === 'TCP';
    const mediation = doc.nodes[nodeIndex.get(trunk.mediationId) ?? -1];
    w.number(trunk.mediationPort, mediationPortBase(mediation && 'mediation' in mediation ? mediation.mediation : null, tcp));
    const earlier = peerTrunks.get(trunk.peerId) ?? 0;
    peerTrunks.set(trunk.peerId, earlier + 1);
    w.number(trunk.peerPort, (tcp ? DEFAULT.peerTcp : DEFAULT.peerTls) + earlier);
  }
  for (const trunk of doc.trunks) {
    if (trunk.peakCalls === undefined) continue;
    // Counts are whole and not negative: one varint, 0 reserved for anything else.
    if (Number.isSafeInteger(trunk.peakCalls) && trunk.peakCalls >= 0 && trunk.peakCalls < Number.MAX_SAFE_INTEGER) w.uint(trunk.peakCalls + 1);
    else {
      w.uint(0);
      w.number(trunk.peakCalls);
    }
  }
  const trunkIds = text();
  for (const trunk of doc.trunks) trunkIds.write(trunk.id);
  const trunkNames = text();
  for (const trunk of doc.trunks) {
    const peer = doc.nodes[nodeIndex.get(trunk.peerId) ?? -1];
    const address = peer && 'address' in peer ? peer.address : '';
    trunkNames.write(trunk.name, trunkNameCandidates(trunk.peerId, address, trunk.peerPort));
  }
  return w.finish();
}

function customTls(m: MediationConfig): boolean {
  return m.tlsPortRange[0] !== DEFAULT.tls || m.tlsPortRange[1] !== DEFAULT.tls;
}

function nodeFlags(node: TopologyNode): number {
  let flags = NODE_KINDS.indexOf(node.kind as NodeKindCode);
  if (flags < 0) throw new Error(`unknown node kind ${node.kind}`);
  if (node.label !== undefined) flags |= N_LABEL;
  if (node.position) flags |= N_POSITION;
  switch (node.kind) {
    case 'frontEndPool':
    case 'mediationPool':
      if (node.kind === 'frontEndPool' && node.edition === 'standard') flags |= N_STANDARD_EDITION;
      if (node.mediation === null) flags |= N_NO_MEDIATION;
      else {
        if (customTls(node.mediation)) flags |= N_TLS_RANGE;
        if (node.mediation.tcpPortRange !== null) flags |= N_TCP_RANGE;
        if (node.mediation.sipServerPort !== DEFAULT.sip) flags |= N_SIP_PORT;
      }
      break;
    case 'director':
      break;
    default:
      if (!node.dnsLoadBalancing) flags |= N_NO_DNS_LB;
      if (!node.qualified) flags |= N_UNQUALIFIED;
  }
  return flags;
}

function mediationPortBase(mediation: MediationConfig | null | undefined, tcp: boolean): number {
  if (!mediation) return tcp ? DEFAULT.tcp : DEFAULT.tls;
  if (!tcp) return mediation.tlsPortRange[0];
  return mediation.tcpPortRange ? mediation.tcpPortRange[0] : DEFAULT.tcp;
}

function promoteRecent(recent: number[], index: number): void {
  const at = recent.indexOf(index);
  if (at >= 0) recent.splice(at, 1);
  recent.unshift(index);
  if (recent.length > RECENT) recent.pop();
}

/** A node's position is stored relative to its site's frame, when the site has one. */
function positionOrigin(frame: Frame | undefined): Position {
  return frame ? { x: frame.x, y: frame.y } : { x: 0, y: 0 };
}

/** Frames are stored relative to the last frame of a site of the same kind, a branch's corner relative to its central site's. */
class FrameBases {
  private last: { central?: Frame; branch?: Frame } = {};

  base(branch: boolean, centralFrame: Frame | undefined): Frame {
    const previous = (branch ? this.last.branch : this.last.central) ?? { x: 0, y: 0, width: 0, height: 0 };
    const corner = centralFrame ?? previous;
    return { x: corner.x, y: corner.y, width: previous.width, height: previous.height };
  }

  remember(branch: boolean, frame: Frame): void {
    if (branch) this.last.branch = frame;
    else this.last.central = frame;
  }
}

// ---------------------------------------------------------------------------------------------
// Decoding

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/**
 * The plain JSON value of the topology held in `bytes`, for parseTopology to check.
 * Throws LinkDamage when the bytes are not a well-formed version-1 layout.
 */
export function decodeLayout(bytes: Uint8Array, maxChars: number): JsonObject {
  const r = new ByteReader(bytes);
  const budget = new Budget(maxChars);
  const text = () => new TextReader(r, budget);
  const literal = () => {
    const value = r.string();
    budget.spend(value.length + 3);
    return value;
  };

  const settingsCode = r.uint();
  if (settingsCode > 5) throw new LinkDamage('link.malformedSettings', {});
  const name = text().read();
  const siteCount = r.count(LIMITS.sites, 'sites');
  const nodeCount = r.count(LIMITS.nodes, 'nodes');
  const trunkCount = r.count(LIMITS.trunks, 'trunks');
  budget.spend(siteCount * SITE_COST + (nodeCount + trunkCount) * ELEMENT_COST);

  // Sites.
  const siteFlags: number[] = [];
  for (let i = 0; i < siteCount; i++) {
    const flags = r.uint();
    if ((flags & ~S_ALL) !== 0) throw new LinkDamage('link.malformedSite', {});
    siteFlags.push(flags);
  }
  const isBranch = (i: number) => (siteFlags[i]! & S_BRANCH) !== 0;
  /** A reference is an index into the list (resolved once the ids are read) or a literal id. */
  const centralRefs: (number | string | undefined)[] = [];
  let lastCentral = -1;
  for (let i = 0; i < siteCount; i++) {
    const hasCentral = isBranch(i) !== ((siteFlags[i]! & S_CENTRAL_SURPRISE) !== 0);
    if (hasCentral) {
      const code = r.uint();
      if (code === 0) centralRefs.push(literal());
      else if (code === 1) {
        if (lastCentral < 0) throw new LinkDamage('link.branchWithoutCentral', {});
        centralRefs.push(lastCentral);
      } else centralRefs.push(checkIndex(code - 2, siteCount, 'site'));
    } else centralRefs.push(undefined);
    if (!isBranch(i)) lastCentral = i;
  }
  const siteIdReader = text();
  const siteIds: string[] = [];
  for (let i = 0; i < siteCount; i++) siteIds.push(siteIdReader.read());
  const siteNameReader = text();
  const siteNames: string[] = [];
  for (let i = 0; i < siteCount; i++) siteNames.push(siteNameReader.read());
  const siteFrames: (Frame | undefined)[] = [];
  const frames = new FrameBases();
  for (let i = 0; i < siteCount; i++) {
    if ((siteFlags[i]! & S_FRAME) === 0) {
      siteFrames.push(undefined);
      continue;
    }
    const ref = centralRefs[i];
    const central = isBranch(i) && typeof ref === 'number' && ref < i ? siteFrames[ref] : undefined;
    const base = frames.base(isBranch(i), central);
    const x = r.number(base.x);
    const y = r.number(base.y);
    const width = r.number(base.width);
    const height = r.number(base.height);
    const frame = { x, y, width, height };
    siteFrames.push(frame);
    frames.remember(isBranch(i), frame);
  }
  const sites: Json[] = [];
  for (let i = 0; i < siteCount; i++) {
    const site: JsonObject = { id: siteIds[i]!, name: siteNames[i]!, kind: isBranch(i) ? 'branch' : 'central' };
    const ref = centralRefs[i];
    if (ref !== undefined) site.centralSiteId = typeof ref === 'number' ? siteIds[ref]! : ref;
    const frame = siteFrames[i];
    if (frame) site.frame = { x: frame.x, y: frame.y, width: frame.width, height: frame.height };
    sites.push(site);
  }

  // Nodes.
  const kinds: NodeKindCode[] = [];
  const nodeFlagList: number[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const flags = r.uint();
    const kind = NODE_KINDS[flags & N_KIND];
    if (kind === undefined || (flags & ~N_ALL) !== 0) throw new LinkDamage('link.malformedNode', {});
    kinds.push(kind);
    nodeFlagList.push(flags);
  }
  const flag = (i: number, bit: number) => (nodeFlagList[i]! & bit) !== 0;
  const nodeSites: (number | string)[] = [];
  let previousSite = 0;
  for (let i = 0; i < nodeCount; i++) {
    const code = r.uint();
    if (code === 0) nodeSites.push(literal());
    else {
      previousSite = checkIndex(previousSite + unzigzag(code - 1), siteCount, 'site');
      nodeSites.push(previousSite);
    }
  }
  const nodeIdReader = text();
  const nodeIds: string[] = [];
  for (let i = 0; i < nodeCount; i++) nodeIds.push(nodeIdReader.read());
  const labelReader = text();
  const nodes: JsonObject[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const site = nodeSites[i]!;
    const node: JsonObject = { id: nodeIds[i]!, kind: kinds[i]!, siteId: typeof site === 'number' ? siteIds[site]! : site };
    if (flag(i, N_LABEL)) node.label = labelReader.read();
    nodes.push(node);
  }
  for (let i = 0; i < nodeCount; i++) {
    if (!flag(i, N_POSITION)) continue;
    const site = nodeSites[i]!;
    const origin = positionOrigin(typeof site === 'number' ? siteFrames[site] : undefined);
    const x = r.number(origin.x);
    const y = r.number(origin.y);
    nodes[i]!.position = { x, y };
  }
  const hosts = new HostReader(r, budget);
  const fqdns = text();
  for (let i = 0; i < nodeCount; i++) if (hasServers(kinds[i]!)) nodes[i]!.fqdn = hosts.read(fqdns);
  const serverReader = text();
  for (let i = 0; i < nodeCount; i++) {
    if (!hasServers(kinds[i]!)) continue;
    const count = r.count(LIMITS.serversPerNode, 'servers');
    const servers: Json[] = [];
    for (let s = 0; s < count; s++) servers.push(hosts.read(serverReader));
    nodes[i]!.servers = servers;
  }
  const addressReader = text();
  const addresses: string[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const address = isPeerKind(kinds[i]!) ? hosts.read(addressReader) : '';
    addresses.push(address);
    if (isPeerKind(kinds[i]!)) nodes[i]!.address = address;
  }
  for (let i = 0; i < nodeCount; i++) {
    if (kinds[i] !== 'mediationPool') continue;
    const code = r.uint();
    nodes[i]!.nextHopId = code === 0 ? null : code === 1 ? literal() : nodeIds[checkIndex(i + unzigzag(code - 2), nodeCount, 'node')]!;
  }
  const mediations: (MediationConfig | null)[] = [];
  for (let i = 0; i < nodeCount; i++) {
    if (!hasMediation(kinds[i]!) || flag(i, N_NO_MEDIATION)) {
      mediations.push(null);
      continue;
    }
    let tls: [number, number] = [DEFAULT.tls, DEFAULT.tls];
    if (flag(i, N_TLS_RANGE)) {
      const from = r.number(DEFAULT.tls);
      tls = [from, r.number(from)];
    }
    let tcp: [number, number] | null = null;
    if (flag(i, N_TCP_RANGE)) {
      const from = r.number(DEFAULT.tcp);
      tcp = [from, r.number(from)];
    }
    const sip = flag(i, N_SIP_PORT) ? r.number(DEFAULT.sip) : DEFAULT.sip;
    mediations.push({ tlsPortRange: tls, tcpPortRange: tcp, sipServerPort: sip });
  }
  for (let i = 0; i < nodeCount; i++) {
    const node = nodes[i]!;
    const kind = kinds[i]!;
    const m = mediations[i] ?? null;
    const mediation: Json = m && { tlsPortRange: [...m.tlsPortRange], tcpPortRange: m.tcpPortRange && [...m.tcpPortRange], sipServerPort: m.sipServerPort };
    if (kind === 'frontEndPool') {
      node.edition = flag(i, N_STANDARD_EDITION) ? 'standard' : 'enterprise';
      node.mediation = mediation;
    } else if (kind === 'mediationPool') {
      node.mediation = mediation;
      if (flag(i, N_STANDARD_EDITION)) throw new LinkDamage('link.malformedNode', {});
    } else if (kind === 'director') {
      if (flag(i, N_STANDARD_EDITION | N_NO_MEDIATION)) throw new LinkDamage('link.malformedNode', {});
    } else {
      node.dnsLoadBalancing = !flag(i, N_NO_DNS_LB);
      node.qualified = !flag(i, N_UNQUALIFIED);
    }
    if (!hasMediation(kind) && flag(i, N_TLS_RANGE | N_TCP_RANGE | N_SIP_PORT)) throw new LinkDamage('link.malformedNode', {});
  }

  // Trunks.
  const peerRefs: (number | string)[] = [];
  let previousPeer = 0;
  for (let i = 0; i < trunkCount; i++) {
    const code = r.uint();
    if (code === 0) peerRefs.push(literal());
    else {
      previousPeer = checkIndex(previousPeer + unzigzag(code - 1), nodeCount, 'node');
      peerRefs.push(previousPeer);
    }
  }
  const mediationRefs: (number | string)[] = [];
  const recent: number[] = [];
  for (let i = 0; i < trunkCount; i++) {
    const code = r.uint();
    if (code === 0) {
      mediationRefs.push(literal());
      continue;
    }
    const target = code <= RECENT ? recent[code - 1] : checkIndex(code - 1 - RECENT, nodeCount, 'node');
    if (target === undefined) throw new LinkDamage('link.trunkWithoutNode', {});
    mediationRefs.push(target);
    promoteRecent(recent, target);
  }
  const refId = (ref: number | string) => (typeof ref === 'number' ? nodeIds[ref]! : ref);
  const trunkFlags: number[] = [];
  const trunks: JsonObject[] = [];
  const peerTrunks = new Map<string, number>();
  for (let i = 0; i < trunkCount; i++) {
    const flags = r.uint();
    const srtpShift = (flags >> T_SRTP_SHIFT) & 3;
    if ((flags & ~T_ALL) !== 0 || srtpShift > 2) throw new LinkDamage('link.malformedTrunk', {});
    const tcp = (flags & T_TCP) !== 0;
    const peerId = refId(peerRefs[i]!);
    const first = !peerTrunks.has(peerId);
    peerTrunks.set(peerId, (peerTrunks.get(peerId) ?? 0) + 1);
    trunkFlags.push(flags);
    trunks.push({
      id: '',
      name: '',
      mediationId: refId(mediationRefs[i]!),
      peerId,
      transport: tcp ? 'TCP' : 'TLS',
      mediationPort: 0,
      peerPort: 0,
      root: first !== ((flags & T_ROOT_SURPRISE) !== 0),
      mediaBypass: (flags & T_MEDIA_BYPASS) !== 0,
      centralizedMediaProcessing: (flags & T_NO_CMP) === 0,
      referSupport: (flags & T_NO_REFER) === 0,
      rtcpActiveCalls: (flags & T_NO_RTCP_ACTIVE) === 0,
      rtcpCallsOnHold: (flags & T_NO_RTCP_HOLD) === 0,
      srtpMode: SRTP_MODES[(usualSrtp(tcp) + srtpShift) % 3]!,
    });
  }
  peerTrunks.clear();
  for (let i = 0; i < trunkCount; i++) {
    const trunk = trunks[i]!;
    const tcp = trunk.transport === 'TCP';
    const mediationRef = mediationRefs[i]!;
    trunk.mediationPort = r.number(mediationPortBase(typeof mediationRef === 'number' ? mediations[mediationRef] : null, tcp));
    const peerId = trunk.peerId as string;
    const earlier = peerTrunks.get(peerId) ?? 0;
    peerTrunks.set(peerId, earlier + 1);
    trunk.peerPort = r.number((tcp ? DEFAULT.peerTcp : DEFAULT.peerTls) + earlier);
  }
  for (let i = 0; i < trunkCount; i++) {
    if ((trunkFlags[i]! & T_NO_PEAK) !== 0) continue;
    const code = r.uint();
    trunks[i]!.peakCalls = code === 0 ? r.number() : code - 1;
  }
  const trunkIdReader = text();
  for (let i = 0; i < trunkCount; i++) trunks[i]!.id = trunkIdReader.read();
  const trunkNameReader = text();
  for (let i = 0; i < trunkCount; i++) {
    const trunk = trunks[i]!;
    const peerRef = peerRefs[i]!;
    const address = typeof peerRef === 'number' ? addresses[peerRef]! : '';
    trunk.name = trunkNameReader.read(trunkNameCandidates(trunk.peerId as string, address, trunk.peerPort as number));
  }
  if (r.remaining !== 0) throw new LinkDamage('link.extraData', {});

  return {
    format: FORMAT,
    schemaVersion: SCHEMA_VERSION,
    name,
    settings: { mediaBypass: MEDIA_BYPASS[settingsCode % 3]!, callAdmissionControl: settingsCode >= 3 },
    sites,
    nodes,
    trunks,
  };
}

function checkIndex(index: number, count: number, what: 'site' | 'node'): number {
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new LinkDamage(what === 'site' ? 'link.missingSite' : 'link.missingNode', {});
  }
  return index;
}
