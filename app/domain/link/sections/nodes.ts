// Nodes, column by column: flags (kind and the usual values), site references, ids, labels,
// positions, host names, next hops, mediation ports. A position is stored relative to its site's
// frame; a next hop relative to the node itself; ports relative to their defaults.
import type { Frame, MediationConfig, Position, Topology, TopologyNode } from '../../model.ts';
import { LIMITS } from '../../schema.ts';
import { LinkDamage, unzigzag, zigzag } from '../bytes.ts';
import { DEFAULT_PORTS, NODE_KINDS } from '../frozen.ts';
import { HostReader, HostWriter } from '../text.ts';
import type { DecodedSites } from './sites.ts';
import { DeltaRefs, checkIndex, readRef, refId, writeRef } from './refs.ts';
import type { Json, JsonObject, LayoutInput, LayoutOutput } from './section.ts';

type NodeKindCode = (typeof NODE_KINDS)[number];

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

const isPeerKind = (kind: string) => kind === 'pstnGateway' || kind === 'ipPbx' || kind === 'sbc';
const hasServers = (kind: string) => kind === 'frontEndPool' || kind === 'director' || kind === 'mediationPool';
const hasMediation = (kind: string) => kind === 'frontEndPool' || kind === 'mediationPool';

/** What the trunks need of the nodes. */
export interface DecodedNodes {
  json: JsonObject[];
  ids: string[];
  /** By node index: the mediation settings of a mediation endpoint, null for any other node. */
  mediations: (MediationConfig | null)[];
  /** By node index: a peer's address, '' for any other node. */
  addresses: string[];
}

export function writeNodes(out: LayoutOutput, doc: Pick<Topology, 'sites' | 'nodes'>, siteIndex: ReadonlyMap<string, number>, nodeIndex: ReadonlyMap<string, number>): void {
  const { w } = out;
  for (const node of doc.nodes) w.uint(nodeFlags(node));
  const sites = new DeltaRefs();
  for (const node of doc.nodes) sites.write(w, siteIndex, node.siteId);
  const ids = out.texts();
  for (const node of doc.nodes) ids.write(node.id);
  const labels = out.texts();
  for (const node of doc.nodes) if (node.label !== undefined) labels.write(node.label);
  for (const node of doc.nodes) {
    if (!node.position) continue;
    const index = siteIndex.get(node.siteId);
    const origin = positionOrigin(index === undefined ? undefined : doc.sites[index]!.frame);
    w.number(node.position.x, origin.x);
    w.number(node.position.y, origin.y);
  }
  const hosts = new HostWriter(w);
  const fqdns = out.texts();
  for (const node of doc.nodes) if (node.kind === 'frontEndPool' || node.kind === 'director' || node.kind === 'mediationPool') hosts.write(node.fqdn, fqdns);
  const servers = out.texts();
  for (const node of doc.nodes) {
    if (node.kind === 'frontEndPool' || node.kind === 'director' || node.kind === 'mediationPool') {
      w.uint(node.servers.length);
      for (const server of node.servers) hosts.write(server, servers);
    }
  }
  const addresses = out.texts();
  for (const node of doc.nodes) if (isPeerKind(node.kind) && 'address' in node) hosts.write(node.address, addresses);
  doc.nodes.forEach((node, i) => {
    if (node.kind !== 'mediationPool') return;
    if (node.nextHopId === null) w.uint(0);
    else writeRef(w, nodeIndex, node.nextHopId, 1, (target) => 2 + zigzag(target - i));
  });
  for (const node of doc.nodes) {
    if (node.kind !== 'frontEndPool' && node.kind !== 'mediationPool') continue;
    const m = node.mediation;
    if (m === null) continue;
    if (customTls(m)) {
      w.number(m.tlsPortRange[0], DEFAULT_PORTS.tls);
      w.number(m.tlsPortRange[1], m.tlsPortRange[0]);
    }
    if (m.tcpPortRange !== null) {
      w.number(m.tcpPortRange[0], DEFAULT_PORTS.tcp);
      w.number(m.tcpPortRange[1], m.tcpPortRange[0]);
    }
    if (m.sipServerPort !== DEFAULT_PORTS.sip) w.number(m.sipServerPort, DEFAULT_PORTS.sip);
  }
}

export function readNodes(input: LayoutInput, count: number, sites: DecodedSites): DecodedNodes {
  const { r } = input;
  const kinds: NodeKindCode[] = [];
  const flagList: number[] = [];
  for (let i = 0; i < count; i++) {
    const flags = r.uint();
    const kind = NODE_KINDS[flags & N_KIND];
    if (kind === undefined || (flags & ~N_ALL) !== 0) throw malformed();
    kinds.push(kind);
    flagList.push(flags);
  }
  const flag = (i: number, bit: number) => (flagList[i]! & bit) !== 0;
  const siteRefs = new DeltaRefs();
  const nodeSites = Array.from({ length: count }, () => siteRefs.read(input, sites.ids.length, 'site'));
  const idReader = input.texts();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(idReader.read());
  const labelReader = input.texts();
  const json: JsonObject[] = [];
  for (let i = 0; i < count; i++) {
    const node: JsonObject = { id: ids[i]!, kind: kinds[i]!, siteId: refId(nodeSites[i]!, sites.ids) };
    if (flag(i, N_LABEL)) node.label = labelReader.read();
    json.push(node);
  }
  for (let i = 0; i < count; i++) {
    if (!flag(i, N_POSITION)) continue;
    const site = nodeSites[i]!;
    const origin = positionOrigin(typeof site === 'number' ? sites.frames[site] : undefined);
    const x = r.number(origin.x);
    const y = r.number(origin.y);
    json[i]!.position = { x, y };
  }
  const hosts = new HostReader(r, input.budget);
  const fqdns = input.texts();
  for (let i = 0; i < count; i++) if (hasServers(kinds[i]!)) json[i]!.fqdn = hosts.read(fqdns);
  const serverReader = input.texts();
  for (let i = 0; i < count; i++) {
    if (!hasServers(kinds[i]!)) continue;
    const serverCount = r.count(LIMITS.serversPerNode, 'servers');
    const servers: Json[] = [];
    for (let s = 0; s < serverCount; s++) servers.push(hosts.read(serverReader));
    json[i]!.servers = servers;
  }
  const addressReader = input.texts();
  const addresses: string[] = [];
  for (let i = 0; i < count; i++) {
    const address = isPeerKind(kinds[i]!) ? hosts.read(addressReader) : '';
    addresses.push(address);
    if (isPeerKind(kinds[i]!)) json[i]!.address = address;
  }
  for (let i = 0; i < count; i++) {
    if (kinds[i] !== 'mediationPool') continue;
    const code = r.uint();
    json[i]!.nextHopId = code === 0 ? null : refId(readRef(input, code, 1, (c) => checkIndex(i + unzigzag(c - 2), count, 'node')), ids);
  }
  const mediations: (MediationConfig | null)[] = [];
  for (let i = 0; i < count; i++) {
    if (!hasMediation(kinds[i]!) || flag(i, N_NO_MEDIATION)) {
      mediations.push(null);
      continue;
    }
    let tls: [number, number] = [DEFAULT_PORTS.tls, DEFAULT_PORTS.tls];
    if (flag(i, N_TLS_RANGE)) {
      const from = r.number(DEFAULT_PORTS.tls);
      tls = [from, r.number(from)];
    }
    let tcp: [number, number] | null = null;
    if (flag(i, N_TCP_RANGE)) {
      const from = r.number(DEFAULT_PORTS.tcp);
      tcp = [from, r.number(from)];
    }
    const sip = flag(i, N_SIP_PORT) ? r.number(DEFAULT_PORTS.sip) : DEFAULT_PORTS.sip;
    mediations.push({ tlsPortRange: tls, tcpPortRange: tcp, sipServerPort: sip });
  }
  for (let i = 0; i < count; i++) {
    const node = json[i]!;
    const kind = kinds[i]!;
    const m = mediations[i] ?? null;
    const mediation: Json = m && { tlsPortRange: [...m.tlsPortRange], tcpPortRange: m.tcpPortRange && [...m.tcpPortRange], sipServerPort: m.sipServerPort };
    if (kind === 'frontEndPool') {
      node.edition = flag(i, N_STANDARD_EDITION) ? 'standard' : 'enterprise';
      node.mediation = mediation;
    } else if (kind === 'mediationPool') {
      node.mediation = mediation;
      if (flag(i, N_STANDARD_EDITION)) throw malformed();
    } else if (kind === 'director') {
      if (flag(i, N_STANDARD_EDITION | N_NO_MEDIATION)) throw malformed();
    } else {
      node.dnsLoadBalancing = !flag(i, N_NO_DNS_LB);
      node.qualified = !flag(i, N_UNQUALIFIED);
    }
    if (!hasMediation(kind) && flag(i, N_TLS_RANGE | N_TCP_RANGE | N_SIP_PORT)) throw malformed();
  }
  return { json, ids, mediations, addresses };
}

function malformed(): LinkDamage {
  return new LinkDamage('link.malformedNode', {});
}

function customTls(m: MediationConfig): boolean {
  return m.tlsPortRange[0] !== DEFAULT_PORTS.tls || m.tlsPortRange[1] !== DEFAULT_PORTS.tls;
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
        if (node.mediation.sipServerPort !== DEFAULT_PORTS.sip) flags |= N_SIP_PORT;
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

/** A node's position is stored relative to its site's frame, when the site has one. */
function positionOrigin(frame: Frame | undefined): Position {
  return frame ? { x: frame.x, y: frame.y } : { x: 0, y: 0 };
}
