// The format's numbers, each written once: how much a document may hold (LIMITS) and what a field
// the document leaves out, or a new element, starts with (DEFAULTS). The schema, the new-node and
// new-trunk defaults and the inspector's drafts read them from here. The share-link codec keeps
// its own frozen copy (link bytes must never change meaning), checked against these by a test.

export const LIMITS = {
  /** The whole text of a document, in characters. */
  textChars: 10 * 1024 * 1024,
  sites: 1_000,
  nodes: 10_000,
  trunks: 50_000,
  /** Positions and frames lie within ±coordinate. */
  coordinate: 1_000_000,
  /** Ids: 1–idChars characters of A–Z, a–z, 0–9, _ and -. */
  idChars: 64,
  /** Names of sites and trunks. */
  nameChars: 100,
  /** Node labels (0–labelChars; a blank label is no label). */
  labelChars: 100,
  /** The design's own name. */
  designNameChars: 200,
  /** Not in format.md: a generous bound so a hostile file cannot hold megabyte names; FQDN_INVALID reports anything over 253. */
  hostChars: 1_000,
  serversPerNode: 1_000,
  /** Listening ports; a port outside is a rule (PORT_INVALID), not a parse error. */
  portMin: 1,
  portMax: 65_535,
  // Format 2 (format-2.md, "Limits added" and "Values the parser checks").
  trunkConfigurations: 1_000,
  pstnUsages: 1_000,
  voiceRoutes: 10_000,
  voicePolicies: 1_000,
  dialPlans: 1_000,
  routingTests: 1_000,
  /** Normalization or outbound translation rules of one list. */
  rulesPerList: 1_000,
  /** Names of rules, routes, usages and tags. */
  routingNameChars: 100,
  testNameChars: 32,
  patternChars: 500,
  descriptionChars: 1_000,
  /** Not in format-2.md: a bound on an alternate caller ID, which CALLER_ID_ALTERNATE judges. */
  callerIdChars: 100,
  maxEarlyDialogs: 1_000,
  priority: 1_000_000,
  dialedNumberChars: 64,
} as const;

/** A number as typed: digits, + * # ; = and lower-case letters (format-2.md, routing tests). Here, not in the schema, so that the simulator does not load zod. */
export const DIALABLE = new RegExp(`^[0-9+*#;=a-z]{1,${LIMITS.dialedNumberChars}}$`);

const TRUNK_MEDIA = {
  mediaBypass: false,
  centralizedMediaProcessing: true,
  referSupport: true,
  rtcpActiveCalls: true,
  rtcpCallsOnHold: true,
  srtpMode: 'required',
} as const;

/** format.md's defaults and the documented ports new elements start with (rules.md, "Behaviour"). */
export const DEFAULTS = {
  settings: { mediaBypass: 'disabled', callAdmissionControl: false },
  mediation: {
    tlsPort: 5067,
    /** TCP is off by default (tcpPortRange null); this is the port proposed when the user turns it on. */
    tcpPort: 5068,
    /** The Lync-side port toward the Front End. */
    sipServerPort: 5070,
  },
  /** The peer's listening port of a new trunk, by transport. */
  peerPort: { TLS: 5067, TCP: 5066 },
  peer: { dnsLoadBalancing: true, qualified: true },
  /**
   * A format-1 trunk's media settings, now a trunk configuration's: no bypass, centralized media, REFER
   * and RTCP on, SRTP required (format.md; PS New-CsTrunkConfiguration).
   */
  trunk: TRUNK_MEDIA,
  /** New-CsTrunkConfiguration's defaults (format-2.md, Trunk configurations). */
  trunkConfiguration: {
    ...TRUNK_MEDIA,
    enable3pccRefer: false,
    enableFastFailoverTimer: true,
    forwardCallHistory: false,
    forwardPai: false,
    maxEarlyDialogs: 20,
  },
  voicePolicy: {
    allowPstnReRouting: true,
    preventPstnTollBypass: false,
    callForwardingSimulRingUsageType: 'voicePolicyUsage',
  },
  dialPlan: { externalAccessPrefix: '9', optimizeDeviceDialing: false },
  voiceRoute: { priority: 0, suppressCallerId: false, alternateCallerId: null, description: '' },
} as const;
