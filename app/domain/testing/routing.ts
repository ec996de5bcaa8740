// Small format-2 documents with routing, for tests. Tests only.
import type { Topology } from '../model.ts';
import { globalTrunkConfiguration, newVoiceRoute } from '../routing/defaults.ts';
import type { DialPlan, RoutingTest, TrunkConfiguration, VoicePolicy, VoiceRoute } from '../routing/types.ts';
import { validDoc } from './build.ts';

export function route(overrides: Partial<VoiceRoute> = {}): VoiceRoute {
  return newVoiceRoute({ id: 'r1', name: 'Local', numberPattern: '^\\+1\\d{10}$', pstnUsages: ['Local'], trunkIds: ['t1'], ...overrides });
}

export function trunkConfiguration(overrides: Partial<TrunkConfiguration> = {}): TrunkConfiguration {
  return { ...globalTrunkConfiguration('tc1'), scope: { kind: 'trunk', trunkId: 't1' }, ...overrides };
}

export function voicePolicy(overrides: Partial<VoicePolicy> = {}): VoicePolicy {
  return {
    id: 'vp1', scope: { kind: 'tag', name: 'Sales' }, pstnUsages: ['Local'], allowPstnReRouting: true, preventPstnTollBypass: false,
    callForwardingSimulRingUsageType: 'voicePolicyUsage', customCallForwardingSimulRingUsages: [], ...overrides,
  };
}

export function dialPlan(overrides: Partial<DialPlan> = {}): DialPlan {
  return {
    id: 'dp1', scope: { kind: 'site', siteId: 'hq' }, externalAccessPrefix: '9', optimizeDeviceDialing: false,
    normalizationRules: [{ name: '4 digit', pattern: '^(\\d{4})$', translation: '+1425555$1', isInternalExtension: true }], ...overrides,
  };
}

export function routingTest(overrides: Partial<RoutingTest> = {}): RoutingTest {
  return { id: 'rt1', name: 'Local call', dialedNumber: '14255550100', dialPlanId: 'dp-global', voicePolicyId: 'vp-global', expect: {}, ...overrides };
}

/**
 * The valid document with routing that every rule accepts: usage Local, route r1 by the root trunk,
 * the global policy with Local, the global dial plan's Keep All rule.
 */
export function routedDoc(change: (doc: Topology) => void = () => {}): Topology {
  const doc = validDoc();
  doc.pstnUsages = ['Local'];
  doc.voiceRoutes = [route()];
  doc.voicePolicies.find((p) => p.scope.kind === 'global')!.pstnUsages = ['Local'];
  change(doc);
  return doc;
}
