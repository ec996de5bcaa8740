// The configuration-store half of format 2 (../shared/spec/format-2.md), as the simulator, the rules
// and the designer read it. The types come from the schema (routing/schema.ts): one home per field.
import type * as z from 'zod/mini';
import type { dialPlanSchema, routingTestSchema, trunkConfigurationSchema, voicePolicySchema, voiceRouteSchema } from './schema.ts';

export type TrunkConfiguration = z.output<typeof trunkConfigurationSchema>;
export type VoiceRoute = z.output<typeof voiceRouteSchema>;
export type VoicePolicy = z.output<typeof voicePolicySchema>;
export type DialPlan = z.output<typeof dialPlanSchema>;
export type RoutingTest = z.output<typeof routingTestSchema>;
export type RoutingTestExpectation = RoutingTest['expect'];
export type TranslationRule = TrunkConfiguration['outboundTranslationRules'][number];
export type NormalizationRule = DialPlan['normalizationRules'][number];
export type CallForwardingSimulRingUsageType = VoicePolicy['callForwardingSimulRingUsageType'];

/** Where an object applies; each collection allows some kinds (format-2.md, Scopes). */
export type Scope = TrunkConfiguration['scope'] | VoicePolicy['scope'] | DialPlan['scope'];

export interface RoutingCollections {
  trunkConfigurations: TrunkConfiguration[];
  pstnUsages: string[];
  voiceRoutes: VoiceRoute[];
  voicePolicies: VoicePolicy[];
  dialPlans: DialPlan[];
  routingTests: RoutingTest[];
}
