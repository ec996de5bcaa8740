// The tables link version 1 was written with, frozen. A link's bytes say "the third node kind" or
// "the usual SRTP mode", so these copies, not the live tables of the format, give them their meaning:
// changing a live default or reordering a live enumeration must not change what a shared link opens to.
// Append-only at most, and only together with a new link version. frozen.test.ts compares each copy
// with the live table, so that a drift is seen and decided on, never silent.
//
// Limits are not frozen: they bound work, not meaning, and the parser checks the document after.
import type { MediaBypassSetting, NodeKind, SrtpMode, Transport } from '../model.ts';

/** Settings' media bypass, by code. */
export const MEDIA_BYPASS = ['disabled', 'alwaysBypass', 'useSiteAndRegion'] as const satisfies readonly MediaBypassSetting[];
/** Node kinds, by the code in a node's flags. */
export const NODE_KINDS = ['frontEndPool', 'mediationPool', 'pstnGateway', 'ipPbx', 'sbc', 'director'] as const satisfies readonly NodeKind[];
/** SRTP modes, in the order a trunk's SRTP distance counts from its usual mode. */
export const SRTP_MODES = ['required', 'optional', 'notSupported'] as const satisfies readonly SrtpMode[];

/** Ports a value is stored relative to, and the mediation settings a node's flags leave out. */
export const DEFAULT_PORTS = { tls: 5067, tcp: 5068, sip: 5070, peerTls: 5067, peerTcp: 5066 } as const;

/** A trunk's media settings that cost no bit: a flag is set only where a trunk differs. */
export const USUAL_TRUNK = {
  mediaBypass: false,
  centralizedMediaProcessing: true,
  referSupport: true,
  rtcpActiveCalls: true,
  rtcpCallsOnHold: true,
} as const;

/** The SRTP mode a trunk of each transport usually has (TLS: required; TCP: not supported, as SRTP needs TLS). */
export const USUAL_SRTP = { TLS: 'required', TCP: 'notSupported' } as const satisfies Record<Transport, SrtpMode>;

