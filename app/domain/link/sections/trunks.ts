// Trunks, column by column: peer references (predicted by the previous trunk's peer), mediation
// references (by the endpoints used most recently), flags (only what differs from the usual values),
// ports (relative to the endpoint's range and the peer's next free default), peak calls, ids, and
// names (a name the app or people commonly give, from the peer, costs a byte). Link version 2 writes
// the same columns without the media settings, which format 2 keeps in trunk configurations.
import type { MediationConfig, Topology, TopologyV1 } from '../../model.ts';

type TrunkV1 = TopologyV1['trunks'][number];
import { LinkDamage } from '../bytes.ts';
import { DEFAULT_PORTS, SRTP_MODES, USUAL_SRTP, USUAL_TRUNK } from '../frozen.ts';
import type { DecodedNodes } from './nodes.ts';
import { DeltaRefs, type Ref, checkIndex, readRef, refId, writeRef } from './refs.ts';
import { type JsonObject, type LayoutInput, type LayoutOutput, readSwitches, switchBits } from './section.ts';
import type { TrunkV2 } from './v2types.ts';

// Trunk flags: each bit is set when the value differs from the usual one.
const T_TCP = 1;
const T_ROOT_SURPRISE = 1 << 1;
const T_SRTP_SHIFT = 7; // two bits: distance from the usual SRTP mode, 0-2

/** Where a layout version keeps what in a trunk's flags. */
export interface TrunkFlags {
  /** Whether the trunk carries format 1's media settings (the switches and the SRTP mode). */
  media: boolean;
  noPeak: number;
  all: number;
}

/** Version 1: the media switches and the SRTP mode in the flags, peak calls' absence in bit 9. */
export const TRUNK_FLAGS_V1: TrunkFlags = { media: true, noPeak: 1 << 9, all: (1 << 10) - 1 };
/** Version 2: no media settings, so the flags of a usual trunk fit one byte. */
export const TRUNK_FLAGS_V2: TrunkFlags = { media: false, noPeak: 1 << 2, all: 7 };
/** The media switches, each with the bit that says it is not its usual value. */
const SWITCHES = [
  ['mediaBypass', 1 << 2],
  ['centralizedMediaProcessing', 1 << 3],
  ['referSupport', 1 << 4],
  ['rtcpActiveCalls', 1 << 5],
  ['rtcpCallsOnHold', 1 << 6],
] as const satisfies readonly (readonly [keyof typeof USUAL_TRUNK, number])[];

/** Mediation endpoints remembered for trunk references, most recent first. */
const RECENT = 4;

/** What the trunk section reads of a document: its nodes, and trunks of either format. */
interface TrunkDoc {
  nodes: Topology['nodes'];
  trunks: readonly (TrunkV1 | TrunkV2)[];
}

export function writeTrunks(out: LayoutOutput, doc: TrunkDoc, nodeIndex: ReadonlyMap<string, number>, layout: TrunkFlags = TRUNK_FLAGS_V1): void {
  const { w } = out;
  const peers = new DeltaRefs();
  for (const trunk of doc.trunks) peers.write(w, nodeIndex, trunk.peerId);
  const recent: number[] = [];
  for (const trunk of doc.trunks) {
    const target = writeRef(w, nodeIndex, trunk.mediationId, 0, (t) => {
      const position = recent.indexOf(t);
      return position >= 0 ? 1 + position : 1 + RECENT + t;
    });
    if (target !== undefined) promoteRecent(recent, target);
  }
  const peerTrunks = new Map<string, number>();
  for (const trunk of doc.trunks) {
    const tcp = trunk.transport === 'TCP';
    const first = !peerTrunks.has(trunk.peerId);
    peerTrunks.set(trunk.peerId, (peerTrunks.get(trunk.peerId) ?? 0) + 1);
    let flags = (tcp ? T_TCP : 0) | (trunk.root !== first ? T_ROOT_SURPRISE : 0) | (trunk.peakCalls === undefined ? layout.noPeak : 0);
    if (layout.media) {
      const media = trunk as TrunkV1;
      const srtp = (Math.max(0, SRTP_MODES.indexOf(media.srtpMode)) - usualSrtp(tcp) + 3) % 3;
      flags |= (srtp << T_SRTP_SHIFT) | switchBits(media, SWITCHES, USUAL_TRUNK);
    }
    w.uint(flags);
  }
  peerTrunks.clear();
  for (const trunk of doc.trunks) {
    const tcp = trunk.transport === 'TCP';
    const mediation = doc.nodes[nodeIndex.get(trunk.mediationId) ?? -1];
    w.number(trunk.mediationPort, mediationPortBase(mediation && 'mediation' in mediation ? mediation.mediation : null, tcp));
    const earlier = peerTrunks.get(trunk.peerId) ?? 0;
    peerTrunks.set(trunk.peerId, earlier + 1);
    w.number(trunk.peerPort, peerPortBase(tcp, earlier));
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
  const ids = out.texts();
  for (const trunk of doc.trunks) ids.write(trunk.id);
  const names = out.texts();
  for (const trunk of doc.trunks) {
    const peer = doc.nodes[nodeIndex.get(trunk.peerId) ?? -1];
    const address = peer && 'address' in peer ? peer.address : '';
    names.write(trunk.name, trunkNameCandidates(trunk.peerId, address, trunk.peerPort));
  }
}

export function readTrunks(input: LayoutInput, count: number, nodes: DecodedNodes, layout: TrunkFlags = TRUNK_FLAGS_V1): JsonObject[] {
  const { r } = input;
  const nodeCount = nodes.ids.length;
  const peers = new DeltaRefs();
  const peerRefs = Array.from({ length: count }, () => peers.read(input, nodeCount, 'node'));
  const mediationRefs: Ref[] = [];
  const recent: number[] = [];
  for (let i = 0; i < count; i++) {
    const ref = readRef(input, r.uint(), 0, (code) => {
      const target = code <= RECENT ? recent[code - 1] : checkIndex(code - 1 - RECENT, nodeCount, 'node');
      if (target === undefined) throw new LinkDamage('link.trunkWithoutNode', {});
      return target;
    });
    if (typeof ref === 'number') promoteRecent(recent, ref);
    mediationRefs.push(ref);
  }
  const flagList: number[] = [];
  const trunks: JsonObject[] = [];
  const peerTrunks = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const flags = r.uint();
    const srtpShift = (flags >> T_SRTP_SHIFT) & 3;
    if ((flags & ~layout.all) !== 0 || srtpShift > 2) throw new LinkDamage('link.malformedTrunk', {});
    const tcp = (flags & T_TCP) !== 0;
    const peerId = refId(peerRefs[i]!, nodes.ids);
    const first = !peerTrunks.has(peerId);
    peerTrunks.set(peerId, (peerTrunks.get(peerId) ?? 0) + 1);
    flagList.push(flags);
    const trunk: JsonObject = {
      id: '',
      name: '',
      mediationId: refId(mediationRefs[i]!, nodes.ids),
      peerId,
      transport: tcp ? 'TCP' : 'TLS',
      mediationPort: 0,
      peerPort: 0,
      root: first !== ((flags & T_ROOT_SURPRISE) !== 0),
    };
    if (layout.media) {
      readSwitches(flags, SWITCHES, USUAL_TRUNK, trunk);
      trunk.srtpMode = SRTP_MODES[(usualSrtp(tcp) + srtpShift) % 3]!;
    }
    trunks.push(trunk);
  }
  peerTrunks.clear();
  for (let i = 0; i < count; i++) {
    const trunk = trunks[i]!;
    const tcp = trunk.transport === 'TCP';
    const mediationRef = mediationRefs[i]!;
    trunk.mediationPort = r.number(mediationPortBase(typeof mediationRef === 'number' ? nodes.mediations[mediationRef] : null, tcp));
    const peerId = trunk.peerId as string;
    const earlier = peerTrunks.get(peerId) ?? 0;
    peerTrunks.set(peerId, earlier + 1);
    trunk.peerPort = r.number(peerPortBase(tcp, earlier));
  }
  for (let i = 0; i < count; i++) {
    if ((flagList[i]! & layout.noPeak) !== 0) continue;
    const code = r.uint();
    trunks[i]!.peakCalls = code === 0 ? r.number() : code - 1;
  }
  const idReader = input.texts();
  for (let i = 0; i < count; i++) trunks[i]!.id = idReader.read();
  const nameReader = input.texts();
  for (let i = 0; i < count; i++) {
    const trunk = trunks[i]!;
    const peerRef = peerRefs[i]!;
    const address = typeof peerRef === 'number' ? nodes.addresses[peerRef]! : '';
    trunk.name = nameReader.read(trunkNameCandidates(trunk.peerId as string, address, trunk.peerPort as number));
  }
  return trunks;
}

/** The index in SRTP_MODES of the usual mode for the transport. */
function usualSrtp(tcp: boolean): number {
  return SRTP_MODES.indexOf(tcp ? USUAL_SRTP.TCP : USUAL_SRTP.TLS);
}

function mediationPortBase(mediation: MediationConfig | null | undefined, tcp: boolean): number {
  if (!mediation) return tcp ? DEFAULT_PORTS.tcp : DEFAULT_PORTS.tls;
  if (!tcp) return mediation.tlsPortRange[0];
  return mediation.tcpPortRange ? mediation.tcpPortRange[0] : DEFAULT_PORTS.tcp;
}

/** A peer's trunks usually listen on consecutive ports from the default. */
function peerPortBase(tcp: boolean, earlierTrunks: number): number {
  return (tcp ? DEFAULT_PORTS.peerTcp : DEFAULT_PORTS.peerTls) + earlierTrunks;
}

function promoteRecent(recent: number[], index: number): void {
  const at = recent.indexOf(index);
  if (at >= 0) recent.splice(at, 1);
  recent.unshift(index);
  if (recent.length > RECENT) recent.pop();
}

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
