// The shape of format 1 in zod: types, enumerations, defaults and length limits. The model's types are
// inferred from it (model.ts), and its numbers come from limits.ts. References, duplicate ids and the
// cross-field checks live in parse.ts, which also runs the element schemas one element at a time.
// zod/mini rather than zod's classic API: the same engine and issues, a fraction of the first download.
import * as z from 'zod/mini';
import { DEFAULTS, LIMITS } from './limits.ts';
import { FORMAT, SCHEMA_VERSION } from './model.ts';
import {
  ROUTING_COLLECTION_SCHEMAS,
  dialPlanSchema,
  pstnUsageSchema,
  routingTestSchema,
  trunkConfigurationSchema,
  voicePolicySchema,
  voiceRouteSchema,
} from './routing/schema.ts';

export { DEFAULTS, LIMITS } from './limits.ts';

/** Ids are checked by parse.ts in its pass over ids (a regex per id here costs a tenth of the parse on large documents). */
const id = z.string();
export const ID_PATTERN = new RegExp(`^[A-Za-z0-9_-]{1,${LIMITS.idChars}}$`);
const ref = z.string();
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const coordinate = z.number().check(z.gte(-LIMITS.coordinate), z.lte(LIMITS.coordinate));
const extent = z.number().check(z.gte(-LIMITS.coordinate), z.lte(LIMITS.coordinate), z.positive());
const integer = z.int();
const host = z.string().check(z.maxLength(LIMITS.hostChars));
const portRange = z.tuple([integer, integer]);

export const positionSchema = z.strictObject({ x: coordinate, y: coordinate });
export const frameSchema = z.strictObject({ x: coordinate, y: coordinate, width: extent, height: extent });

const { tlsPort, sipServerPort } = DEFAULTS.mediation;
export const mediationSchema = z.strictObject({
  tlsPortRange: z._default(portRange, [tlsPort, tlsPort]),
  /** null: TCP disabled (the product's default). */
  tcpPortRange: z._default(z.nullable(portRange), null),
  /** The Lync-side port toward the Front End. */
  sipServerPort: z._default(integer, sipServerPort),
});

export const siteSchema = z.strictObject({
  id,
  name: text(1, LIMITS.nameChars),
  kind: z.enum(['central', 'branch']),
  /** Only on a branch site, where it is required. */
  centralSiteId: z.optional(ref),
  frame: z.optional(frameSchema),
});

/**
 * What every node has after its `id` and `kind`. The keys come in format.md's order, which the serializer
 * writes: zod's output has the schema's key order, so the parser's fast path keeps the objects JSON.parse
 * made only when the two agree (otherwise it copies 10,000 nodes).
 */
const nodeBase = {
  siteId: ref,
  label: z.optional(z.string().check(z.maxLength(LIMITS.labelChars))),
  position: z.optional(positionSchema),
};

const servers = z.array(host).check(z.minLength(1), z.maxLength(LIMITS.serversPerNode));

export const frontEndPoolSchema = z.strictObject({
  id,
  kind: z.literal('frontEndPool'),
  ...nodeBase,
  fqdn: host,
  edition: z.enum(['enterprise', 'standard']),
  servers,
  /** null: no collocated Mediation Server. */
  mediation: z.nullable(mediationSchema),
});

export const directorSchema = z.strictObject({
  id,
  kind: z.literal('director'),
  ...nodeBase,
  fqdn: host,
  servers,
});

export const mediationPoolSchema = z.strictObject({
  id,
  kind: z.literal('mediationPool'),
  ...nodeBase,
  fqdn: host,
  servers,
  nextHopId: z.nullable(ref),
  mediation: mediationSchema,
});

export const peerSchema = z.strictObject({
  id,
  kind: z.enum(['pstnGateway', 'ipPbx', 'sbc']),
  ...nodeBase,
  address: host,
  dnsLoadBalancing: z._default(z.boolean(), DEFAULTS.peer.dnsLoadBalancing),
  qualified: z._default(z.boolean(), DEFAULTS.peer.qualified),
});

export const nodeSchema = z.discriminatedUnion('kind', [frontEndPoolSchema, directorSchema, mediationPoolSchema, peerSchema]);

const trunkFields = {
  id,
  name: text(1, LIMITS.nameChars),
  mediationId: ref,
  peerId: ref,
  transport: z.enum(['TLS', 'TCP']),
  mediationPort: integer,
  peerPort: integer,
  root: z.boolean(),
};
const peakCalls = z.optional(integer.check(z.gte(0)));

/** A format-2 trunk: its media settings live in trunk configurations (format-2.md, Trunks). */
export const trunkSchema = z.strictObject({ ...trunkFields, peakCalls });

const trunkDefaults = DEFAULTS.trunk;
/** A format-1 trunk, with its six media keys: read only to be migrated. */
export const trunkV1Schema = z.strictObject({
  ...trunkFields,
  mediaBypass: z._default(z.boolean(), trunkDefaults.mediaBypass),
  centralizedMediaProcessing: z._default(z.boolean(), trunkDefaults.centralizedMediaProcessing),
  referSupport: z._default(z.boolean(), trunkDefaults.referSupport),
  rtcpActiveCalls: z._default(z.boolean(), trunkDefaults.rtcpActiveCalls),
  rtcpCallsOnHold: z._default(z.boolean(), trunkDefaults.rtcpCallsOnHold),
  srtpMode: z._default(z.enum(['required', 'optional', 'notSupported']), trunkDefaults.srtpMode),
  peakCalls,
});

export const settingsSchema = z.strictObject({
  mediaBypass: z._default(z.enum(['disabled', 'alwaysBypass', 'useSiteAndRegion']), DEFAULTS.settings.mediaBypass),
  callAdmissionControl: z._default(z.boolean(), DEFAULTS.settings.callAdmissionControl),
});

const envelope = (version: 1 | 2) => ({
  format: z.literal(FORMAT),
  schemaVersion: z.literal(version),
  name: text(1, LIMITS.designNameChars),
  settings: z._default(settingsSchema, { ...DEFAULTS.settings }),
});

const routingArrays = {
  trunkConfigurations: z._default(z.array(trunkConfigurationSchema), []),
  pstnUsages: z._default(z.array(pstnUsageSchema), []),
  voiceRoutes: z._default(z.array(voiceRouteSchema), []),
  voicePolicies: z._default(z.array(voicePolicySchema), []),
  dialPlans: z._default(z.array(dialPlanSchema), []),
  routingTests: z._default(z.array(routingTestSchema), []),
};

/** The whole format-2 document: what model.ts's Topology is inferred from. */
export const topologySchema = z.strictObject({
  ...envelope(SCHEMA_VERSION),
  sites: z.array(siteSchema),
  nodes: z.array(nodeSchema),
  trunks: z.array(trunkSchema),
  ...routingArrays,
});

/** A format-1 document (format.md), read only to be migrated. */
export const topologyV1Schema = z.strictObject({
  ...envelope(1),
  sites: z.array(siteSchema),
  nodes: z.array(nodeSchema),
  trunks: z.array(trunkV1Schema),
});

/**
 * The document with its collections left unchecked: parse.ts checks it, then each element of each
 * collection with the schemas below, one element at a time, so that it can stop once it knows enough
 * problems (a document may hold 60,000 elements, each with faults) and no zod call ever gathers more
 * issues than one element can have.
 */
export const COLLECTION_SCHEMAS = { sites: siteSchema, nodes: nodeSchema, trunks: trunkSchema, ...ROUTING_COLLECTION_SCHEMAS } as const;
export const COLLECTION_SCHEMAS_V1 = { sites: siteSchema, nodes: nodeSchema, trunks: trunkV1Schema } as const;

const unchecked = z.array(z.unknown());
const optionalUnchecked = z._default(z.array(z.unknown()), []);
export const topologyShellSchema = z.strictObject({
  ...envelope(SCHEMA_VERSION),
  sites: unchecked,
  nodes: unchecked,
  trunks: unchecked,
  trunkConfigurations: optionalUnchecked,
  pstnUsages: optionalUnchecked,
  voiceRoutes: optionalUnchecked,
  voicePolicies: optionalUnchecked,
  dialPlans: optionalUnchecked,
  routingTests: optionalUnchecked,
});
export const topologyShellSchemaV1 = z.strictObject({
  ...envelope(1),
  sites: unchecked,
  nodes: unchecked,
  trunks: unchecked,
});
