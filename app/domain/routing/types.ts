// The configuration-store half of format 2 (../shared/spec/format-2.md) as the simulator and the
// rules read it. The parser's schema produces these shapes.
import type { SrtpMode } from '../model.ts';

export type Scope =
  | { kind: 'global' }
  | { kind: 'site'; siteId: string }
  | { kind: 'trunk'; trunkId: string }
  | { kind: 'pool'; poolId: string }
  | { kind: 'tag'; name: string };

export interface TranslationRule {
  name: string;
  pattern: string;
  translation: string;
}

export interface NormalizationRule extends TranslationRule {
  isInternalExtension: boolean;
}

export interface TrunkConfiguration {
  id: string;
  scope: Scope;
  mediaBypass: boolean;
  centralizedMediaProcessing: boolean;
  referSupport: boolean;
  enable3pccRefer: boolean;
  rtcpActiveCalls: boolean;
  rtcpCallsOnHold: boolean;
  srtpMode: SrtpMode;
  enableFastFailoverTimer: boolean;
  forwardCallHistory: boolean;
  forwardPai: boolean;
  maxEarlyDialogs: number;
  pstnUsages: string[];
  outboundTranslationRules: TranslationRule[];
}

export interface VoiceRoute {
  id: string;
  name: string;
  numberPattern: string;
  pstnUsages: string[];
  trunkIds: string[];
  priority: number;
  suppressCallerId: boolean;
  alternateCallerId: string | null;
  description: string;
}

export type CallForwardingSimulRingUsageType = 'voicePolicyUsage' | 'internalOnly' | 'customUsage';

export interface VoicePolicy {
  id: string;
  scope: Scope;
  pstnUsages: string[];
  allowPstnReRouting: boolean;
  preventPstnTollBypass: boolean;
  callForwardingSimulRingUsageType: CallForwardingSimulRingUsageType;
  customCallForwardingSimulRingUsages: string[];
}

export interface DialPlan {
  id: string;
  scope: Scope;
  externalAccessPrefix: string;
  optimizeDeviceDialing: boolean;
  normalizationRules: NormalizationRule[];
}

export interface RoutingTestExpectation {
  translation?: string;
  usage?: string | null;
  routeId?: string | null;
}

export interface RoutingTest {
  id: string;
  name: string;
  dialedNumber: string;
  dialPlanId: string;
  voicePolicyId: string;
  expect: RoutingTestExpectation;
}

export interface RoutingCollections {
  trunkConfigurations: TrunkConfiguration[];
  pstnUsages: string[];
  voiceRoutes: VoiceRoute[];
  voicePolicies: VoicePolicy[];
  dialPlans: DialPlan[];
  routingTests: RoutingTest[];
}
