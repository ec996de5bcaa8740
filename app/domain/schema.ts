// The shape of format 1 in zod: types, enumerations, defaults and length limits.
// References, duplicate ids and the cross-field checks live in parse.ts.
import { z } from 'zod';
import { FORMAT } from './model.ts';

export const LIMITS = {
  textChars: 10 * 1024 * 1024,
  sites: 1_000,
  nodes: 10_000,
  trunks: 50_000,
  coordinate: 1_000_000,
  /** Not in format.md: a generous bound so a hostile file cannot hold megabyte names; FQDN_INVALID reports anything over 253. */
  hostChars: 1_000,
  serversPerNode: 1_000,
} as const;

/** Ids are checked by parse.ts in its pass over ids (a regex per id here costs a tenth of the parse on large documents). */
const id = z.string();
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const ref = z.string();
const coordinate = z.number().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const integer = z.number().int();
const host = z.string().max(LIMITS.hostChars);
const portRange = z.tuple([integer, integer]);

const position = z.strictObject({ x: coordinate, y: coordinate });
const frame = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: coordinate.positive(),
  height: coordinate.positive(),
});

export const mediationSchema = z.strictObject({
  tlsPortRange: portRange.default([5067, 5067]),
  tcpPortRange: portRange.nullable().default(null),
  sipServerPort: integer.default(5070),
});

const site = z.strictObject({
  id,
  name: z.string().min(1).max(100),
  kind: z.enum(['central', 'branch']),
  centralSiteId: ref.optional(),
  frame: frame.optional(),
});

const nodeBase = {
  id,
  siteId: ref,
  label: z.string().max(100).optional(),
  position: position.optional(),
};

const servers = z.array(host).min(1).max(LIMITS.serversPerNode);

const frontEndPool = z.strictObject({
  ...nodeBase,
  kind: z.literal('frontEndPool'),
  fqdn: host,
  edition: z.enum(['enterprise', 'standard']),
  servers,
  mediation: mediationSchema.nullable(),
});

const director = z.strictObject({
  ...nodeBase,
  kind: z.literal('director'),
  fqdn: host,
  servers,
});

const mediationPool = z.strictObject({
  ...nodeBase,
  kind: z.literal('mediationPool'),
  fqdn: host,
  servers,
  nextHopId: ref.nullable(),
  mediation: mediationSchema,
});

const peer = z.strictObject({
  ...nodeBase,
  kind: z.enum(['pstnGateway', 'ipPbx', 'sbc']),
  address: host,
  dnsLoadBalancing: z.boolean().default(true),
  qualified: z.boolean().default(true),
});

const node = z.discriminatedUnion('kind', [frontEndPool, director, mediationPool, peer]);

const trunk = z.strictObject({
  id,
  name: z.string().min(1).max(100),
  mediationId: ref,
  peerId: ref,
  transport: z.enum(['TLS', 'TCP']),
  mediationPort: integer,
  peerPort: integer,
  root: z.boolean(),
  mediaBypass: z.boolean().default(false),
  centralizedMediaProcessing: z.boolean().default(true),
  referSupport: z.boolean().default(true),
  rtcpActiveCalls: z.boolean().default(true),
  rtcpCallsOnHold: z.boolean().default(true),
  srtpMode: z.enum(['required', 'optional', 'notSupported']).default('required'),
  peakCalls: integer.min(0).optional(),
});

export const topologySchema = z.strictObject({
  format: z.literal(FORMAT),
  schemaVersion: z.literal(1),
  name: z.string().min(1).max(200),
  settings: z
    .strictObject({
      mediaBypass: z.enum(['disabled', 'alwaysBypass', 'useSiteAndRegion']).default('disabled'),
      callAdmissionControl: z.boolean().default(false),
    })
    .default({ mediaBypass: 'disabled', callAdmissionControl: false }),
  sites: z.array(site),
  nodes: z.array(node),
  trunks: z.array(trunk),
});
