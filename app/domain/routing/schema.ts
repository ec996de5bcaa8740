// The configuration-store half of format 2 in zod (format-2.md): types, enumerations, defaults and
// length limits. References (scopes, trunk ids, a test's plan and policy) are checked by parse.ts.
import * as z from 'zod/mini';
import { DIALABLE, LIMITS } from '../limits.ts';
import { DIAL_PLAN_DEFAULTS, TRUNK_CONFIGURATION_DEFAULTS, VOICE_POLICY_DEFAULTS, VOICE_ROUTE_DEFAULTS } from './defaults.ts';

const L = LIMITS;
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const name = text(1, L.routingNameChars);
const ref = z.string();
const usages = z.array(name).check(z.maxLength(L.pstnUsages));
const withDefault = <T extends z.core.SomeType>(schema: T, value: z.core.util.NoUndefined<z.core.output<T>>) => z._default(schema, value);

const globalScope = z.strictObject({ kind: z.literal('global') });
const siteScope = z.strictObject({ kind: z.literal('site'), siteId: ref });
const trunkScope = z.strictObject({ kind: z.literal('trunk'), trunkId: ref });
const poolScope = z.strictObject({ kind: z.literal('pool'), poolId: ref });
const tagScope = z.strictObject({ kind: z.literal('tag'), name });

const translationRule = z.strictObject({
  name,
  pattern: text(1, L.patternChars),
  translation: text(0, L.patternChars),
});

const normalizationRule = z.strictObject({
  name,
  pattern: text(1, L.patternChars),
  translation: text(0, L.patternChars),
  isInternalExtension: withDefault(z.boolean(), false),
});

const d = TRUNK_CONFIGURATION_DEFAULTS;
export const trunkConfigurationSchema = z.strictObject({
  id: z.string(),
  scope: z.discriminatedUnion('kind', [globalScope, siteScope, trunkScope]),
  mediaBypass: withDefault(z.boolean(), d.mediaBypass),
  centralizedMediaProcessing: withDefault(z.boolean(), d.centralizedMediaProcessing),
  referSupport: withDefault(z.boolean(), d.referSupport),
  enable3pccRefer: withDefault(z.boolean(), d.enable3pccRefer),
  rtcpActiveCalls: withDefault(z.boolean(), d.rtcpActiveCalls),
  rtcpCallsOnHold: withDefault(z.boolean(), d.rtcpCallsOnHold),
  srtpMode: withDefault(z.enum(['required', 'optional', 'notSupported']), d.srtpMode),
  enableFastFailoverTimer: withDefault(z.boolean(), d.enableFastFailoverTimer),
  forwardCallHistory: withDefault(z.boolean(), d.forwardCallHistory),
  forwardPai: withDefault(z.boolean(), d.forwardPai),
  maxEarlyDialogs: withDefault(z.int().check(z.gte(1), z.lte(L.maxEarlyDialogs)), d.maxEarlyDialogs),
  pstnUsages: withDefault(usages, []),
  outboundTranslationRules: withDefault(z.array(translationRule).check(z.maxLength(L.rulesPerList)), []),
});

const r = VOICE_ROUTE_DEFAULTS;
export const voiceRouteSchema = z.strictObject({
  id: z.string(),
  name,
  numberPattern: text(1, L.patternChars),
  pstnUsages: withDefault(usages, []),
  trunkIds: withDefault(z.array(ref).check(z.maxLength(L.trunks)), []),
  priority: withDefault(z.int().check(z.gte(0), z.lte(L.priority)), r.priority),
  suppressCallerId: withDefault(z.boolean(), r.suppressCallerId),
  alternateCallerId: withDefault(z.nullable(text(0, L.callerIdChars)), r.alternateCallerId),
  description: withDefault(text(0, L.descriptionChars), r.description),
});

const p = VOICE_POLICY_DEFAULTS;
export const voicePolicySchema = z.strictObject({
  id: z.string(),
  scope: z.discriminatedUnion('kind', [globalScope, siteScope, tagScope]),
  pstnUsages: withDefault(usages, []),
  allowPstnReRouting: withDefault(z.boolean(), p.allowPstnReRouting),
  preventPstnTollBypass: withDefault(z.boolean(), p.preventPstnTollBypass),
  callForwardingSimulRingUsageType: withDefault(z.enum(['voicePolicyUsage', 'internalOnly', 'customUsage']), p.callForwardingSimulRingUsageType),
  customCallForwardingSimulRingUsages: withDefault(usages, []),
});

export const dialPlanSchema = z.strictObject({
  id: z.string(),
  scope: z.discriminatedUnion('kind', [globalScope, siteScope, poolScope, tagScope]),
  externalAccessPrefix: withDefault(z.string().check(z.regex(/^[0-9]{1,4}$/)), DIAL_PLAN_DEFAULTS.externalAccessPrefix),
  optimizeDeviceDialing: withDefault(z.boolean(), DIAL_PLAN_DEFAULTS.optimizeDeviceDialing),
  normalizationRules: withDefault(z.array(normalizationRule).check(z.maxLength(L.rulesPerList)), []),
});

export const routingTestSchema = z.strictObject({
  id: z.string(),
  name: text(1, L.testNameChars),
  dialedNumber: z.string().check(z.regex(DIALABLE)),
  dialPlanId: ref,
  voicePolicyId: ref,
  expect: z.strictObject({
    translation: z.optional(text(0, L.patternChars + L.dialedNumberChars * 9)),
    usage: z.optional(z.nullable(name)),
    routeId: z.optional(z.nullable(z.string().check(z.maxLength(L.idChars)))),
  }),
});

export const pstnUsageSchema = name;

/** The six collections format 2 adds to the envelope, in document order, each with its element schema. */
export const ROUTING_COLLECTION_SCHEMAS = {
  trunkConfigurations: trunkConfigurationSchema,
  pstnUsages: pstnUsageSchema,
  voiceRoutes: voiceRouteSchema,
  voicePolicies: voicePolicySchema,
  dialPlans: dialPlanSchema,
  routingTests: routingTestSchema,
} as const;
