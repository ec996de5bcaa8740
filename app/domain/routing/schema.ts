// The configuration-store half of format 2 in zod (format-2.md): types, enumerations, defaults and
// length limits. References (scopes, trunk ids, a test's plan and policy) are checked by parse.ts.
import * as z from 'zod/mini';
import { DIAL_PLAN_DEFAULTS, TRUNK_CONFIGURATION_DEFAULTS, VOICE_POLICY_DEFAULTS, VOICE_ROUTE_DEFAULTS } from './defaults.ts';

export const ROUTING_LIMITS = {
  trunkConfigurations: 1_000,
  pstnUsages: 1_000,
  voiceRoutes: 10_000,
  voicePolicies: 1_000,
  dialPlans: 1_000,
  routingTests: 1_000,
  /** Normalization or translation rules of one list. */
  rulesPerList: 1_000,
  /** Names of rules, routes, usages and tags. */
  nameChars: 100,
  testNameChars: 32,
  patternChars: 500,
  descriptionChars: 1_000,
  /** Not in format-2.md: a bound on an alternate caller ID, which CALLER_ID_ALTERNATE judges. */
  callerIdChars: 100,
  maxEarlyDialogs: 1_000,
  priority: 1_000_000,
  dialedNumberChars: 64,
} as const;

const L = ROUTING_LIMITS;
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const name = text(1, L.nameChars);
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
  trunkIds: withDefault(z.array(ref).check(z.maxLength(50_000)), []),
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
  dialedNumber: z.string().check(z.regex(/^[0-9+*#;=a-z]{1,64}$/)),
  dialPlanId: ref,
  voicePolicyId: ref,
  expect: z.strictObject({
    translation: z.optional(text(0, L.dialedNumberChars * 4)),
    usage: z.optional(z.nullable(name)),
    routeId: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  }),
});

/** The six collections format 2 adds to the envelope; each may be left out (then empty). */
export const routingShape = {
  trunkConfigurations: withDefault(z.array(trunkConfigurationSchema), []),
  pstnUsages: withDefault(z.array(name), []),
  voiceRoutes: withDefault(z.array(voiceRouteSchema), []),
  voicePolicies: withDefault(z.array(voicePolicySchema), []),
  dialPlans: withDefault(z.array(dialPlanSchema), []),
  routingTests: withDefault(z.array(routingTestSchema), []),
};
