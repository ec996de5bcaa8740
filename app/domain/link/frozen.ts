// The tables link versions 1 and 2 were written with, frozen. A link's bytes say "the third node kind" or
// "the usual SRTP mode", so these copies, not the live tables of the format, give them their meaning:
// changing a live default or reordering a live enumeration must not change what a shared link opens to.
// Append-only at most, and only together with a new link version. frozen.test.ts compares each copy
// with the live table, so that a drift is seen and decided on, never silent.
//
// Limits are not frozen: they bound work, not meaning, and the parser checks the document after.
import type { MediaBypassSetting, NodeKind, SrtpMode, Transport } from '../model.ts';
import type { CallForwardingSimulRingUsageType, DialPlan, NormalizationRule, Scope, TrunkConfiguration, VoicePolicy, VoiceRoute } from '../routing/types.ts';

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

// ---------------------------------------------------------------------------------------------
// Link version 2: the configuration-store objects of format 2. A value equal to its usual one here
// costs no byte, so these copies, like version 1's, give a version-2 link its meaning.

/** Scope kinds, by the code in the low three bits of a scoped object's flags. */
export const SCOPE_KINDS = ['global', 'site', 'trunk', 'pool', 'tag'] as const satisfies readonly Scope['kind'][];
/** A voice policy's call forwarding and simultaneous ringing usage type, by code. */
export const SIMUL_RING_USAGE_TYPES = ['voicePolicyUsage', 'internalOnly', 'customUsage'] as const satisfies readonly CallForwardingSimulRingUsageType[];

/** A trunk configuration's settings that cost nothing (New-CsTrunkConfiguration's defaults). */
export const USUAL_TRUNK_CONFIGURATION = {
  mediaBypass: false,
  centralizedMediaProcessing: true,
  referSupport: true,
  enable3pccRefer: false,
  rtcpActiveCalls: true,
  rtcpCallsOnHold: true,
  srtpMode: 'required',
  enableFastFailoverTimer: true,
  forwardCallHistory: false,
  forwardPai: false,
  maxEarlyDialogs: 20,
} as const satisfies Partial<TrunkConfiguration>;

export const USUAL_VOICE_POLICY = {
  allowPstnReRouting: true,
  preventPstnTollBypass: false,
  callForwardingSimulRingUsageType: 'voicePolicyUsage',
} as const satisfies Partial<VoicePolicy>;

export const USUAL_DIAL_PLAN = { externalAccessPrefix: '9', optimizeDeviceDialing: false } as const satisfies Partial<DialPlan>;

export const USUAL_VOICE_ROUTE = { priority: 0, suppressCallerId: false, alternateCallerId: null, description: '' } as const satisfies Partial<VoiceRoute>;

/** The one rule of Lync's global dial plan: a plan holding exactly it costs one bit. */
export const KEEP_ALL_RULE = { name: 'Keep All', pattern: '^(\\d{11})$', translation: '+$1', isInternalExtension: false } as const satisfies NormalizationRule;

/**
 * The id a scoped object is predicted to have: `<prefix>-<what its scope names>` ("tc-global",
 * "tc-t1", "dp-redmond"), as the parser names the global objects and the migration trunk configurations.
 */
export const ID_PREFIXES = { trunkConfiguration: 'tc', voicePolicy: 'vp', dialPlan: 'dp' } as const;
