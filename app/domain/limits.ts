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
  /** A trunk's media settings: no bypass, centralized media, REFER and RTCP on, SRTP required. */
  trunk: {
    mediaBypass: false,
    centralizedMediaProcessing: true,
    referSupport: true,
    rtcpActiveCalls: true,
    rtcpCallsOnHold: true,
    srtpMode: 'required',
  },
} as const;
