import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { effectiveTrunkConfiguration, type RoutingDocument } from './scopes.ts';
import { routeNumber, routingTestFailures } from './simulate.ts';
import type { TrunkConfiguration, VoiceRoute } from './types.ts';

function config(id: string, scope: TrunkConfiguration['scope'], over: Partial<TrunkConfiguration> = {}): TrunkConfiguration {
  return {
    id, scope, mediaBypass: false, centralizedMediaProcessing: true, referSupport: true, enable3pccRefer: false,
    rtcpActiveCalls: true, rtcpCallsOnHold: true, srtpMode: 'required', enableFastFailoverTimer: true,
    forwardCallHistory: false, forwardPai: false, maxEarlyDialogs: 20, pstnUsages: [], outboundTranslationRules: [], ...over,
  };
}

function route(id: string, numberPattern: string, pstnUsages: string[], trunkIds: string[], priority = 0): VoiceRoute {
  return { id, name: `Route ${id}`, numberPattern, pstnUsages, trunkIds, priority, suppressCallerId: false, alternateCallerId: null, description: '' };
}

function doc(over: Partial<RoutingDocument> = {}): RoutingDocument {
  return {
    sites: [{ id: 'redmond', name: 'Redmond' }, { id: 'paris', name: 'Paris' }],
    nodes: [
      { id: 'med1', kind: 'mediationPool', siteId: 'redmond', fqdn: 'med.contoso.com' },
      { id: 'fe1', kind: 'frontEndPool', siteId: 'redmond', fqdn: 'pool.contoso.com' },
      { id: 'gw1', kind: 'pstnGateway', siteId: 'redmond', address: 'gw01.contoso.com' },
      { id: 'gw2', kind: 'pstnGateway', siteId: 'paris', address: '192.0.2.2' },
    ],
    trunks: [
      { id: 't1', name: 'gw01-5067', peerId: 'gw1', mediationId: 'med1', root: true },
      { id: 't2', name: 'gw02-5067', peerId: 'gw2', mediationId: 'med1', root: true },
    ],
    trunkConfigurations: [
      config('tc-global', { kind: 'global' }, { outboundTranslationRules: [{ name: 'Strip plus', pattern: '^\\+(\\d*)$', translation: '$1' }] }),
      config('tc-paris', { kind: 'site', siteId: 'paris' }),
    ],
    pstnUsages: ['Local', 'LongDistance'],
    voiceRoutes: [
      route('r1', '^\\+1425\\d{7}$', ['Local'], ['t1']),
      route('r2', '^\\+1\\d{10}$', ['LongDistance'], ['t2', 't1']),
    ],
    voicePolicies: [{
      id: 'vp-global', scope: { kind: 'global' }, pstnUsages: ['local', 'LongDistance'], allowPstnReRouting: true,
      preventPstnTollBypass: false, callForwardingSimulRingUsageType: 'voicePolicyUsage', customCallForwardingSimulRingUsages: [],
    }],
    dialPlans: [{
      id: 'dp1', scope: { kind: 'site', siteId: 'redmond' }, externalAccessPrefix: '9', optimizeDeviceDialing: false,
      normalizationRules: [
        { name: '4 digit', pattern: '^(\\d{4})$', translation: '+1425555$1', isInternalExtension: true },
        { name: 'Keep All', pattern: '^(\\d{11})$', translation: '+$1', isInternalExtension: false },
      ],
    }, {
      id: 'dp-global', scope: { kind: 'global' }, externalAccessPrefix: '9', optimizeDeviceDialing: false,
      normalizationRules: [{ name: 'Keep All', pattern: '^(\\d{11})$', translation: '+$1', isInternalExtension: false }],
    }],
    routingTests: [],
    ...over,
  };
}

describe('routeNumber', () => {
  it('follows routing.md: normalization, first usage, first route, failover, number sent', () => {
    const outcome = routeNumber(doc(), { dialedNumber: '0100', dialPlanId: 'dp1' });
    expect(outcome).toEqual({
      dialedNumber: '0100',
      dialPlan: { id: 'dp1', scope: 'site:Redmond' },
      normalization: { rule: '4 digit', number: '+14255550100' },
      voicePolicy: { id: 'vp-global', scope: 'Global' },
      firstUsage: 'Local',
      firstRoute: { id: 'r1', name: 'Route r1' },
      order: [
        { usage: 'Local', route: { id: 'r1', name: 'Route r1' }, trunks: [
          { id: 't1', name: 'gw01-5067', peerId: 'gw1', mediationId: 'med1', configuration: 'tc-global', sentNumber: '14255550100', translationRule: 'Strip plus' }] },
        { usage: 'LongDistance', route: { id: 'r2', name: 'Route r2' }, trunks: [
          { id: 't2', name: 'gw02-5067', peerId: 'gw2', mediationId: 'med1', configuration: 'tc-paris', sentNumber: '+14255550100', translationRule: null },
          { id: 't1', name: 'gw01-5067', peerId: 'gw1', mediationId: 'med1', configuration: 'tc-global', sentNumber: '14255550100', translationRule: 'Strip plus' }] },
      ],
      unknown: null,
    });
  });

  it('uses the global dial plan and policy by default and keeps an unmatched number as dialed', () => {
    const outcome = routeNumber(doc(), { dialedNumber: '0100' });
    expect(outcome.dialPlan).toEqual({ id: 'dp-global', scope: 'Global' });
    expect(outcome.normalization).toEqual({ rule: null, number: '0100' });
    expect(outcome.firstRoute).toBeNull();
    expect(outcome.order).toEqual([]);
  });

  it('orders candidates of one usage by priority, then document order, and lists a route once', () => {
    const d = doc({
      voiceRoutes: [
        route('a', '^\\+1', ['Local', 'LongDistance'], ['t1'], 5),
        route('b', '^\\+1', ['Local'], ['t2'], 1),
        route('c', '^\\+1', ['Local'], [], 5),
      ],
    });
    const outcome = routeNumber(d, { dialedNumber: '+14255550100' });
    expect(outcome.firstRoute?.id).toBe('b');
    expect(outcome.order.map((o) => `${o.usage}:${o.route.id}`)).toEqual(['Local:b', 'Local:a', 'Local:c']);
    expect(outcome.order[2]!.trunks).toEqual([]);
  });

  it('reports an unsupported normalization pattern as the unknown step and fills nothing after it', () => {
    const d = doc();
    d.dialPlans[0]!.normalizationRules.unshift({ name: 'odd', pattern: '^(?=1)\\d+$', translation: '$0', isInternalExtension: false });
    const outcome = routeNumber(d, { dialedNumber: '0100', dialPlanId: 'dp1' });
    expect(outcome.unknown).toEqual({ step: 'normalize', owner: 'dp1', pattern: '^(?=1)\\d+$' });
    expect(outcome.normalization).toBeNull();
    expect(outcome.firstUsage).toBeNull();
  });

  it('reports an unsupported route pattern once the number is normalized', () => {
    const d = doc({ voiceRoutes: [route('r1', '^\\+1425\\d{7}$', ['Local'], ['t1']), route('r9', '(\\d)\\1', ['LongDistance'], ['t1'])] });
    const outcome = routeNumber(d, { dialedNumber: '0100', dialPlanId: 'dp1' });
    expect(outcome.normalization?.number).toBe('+14255550100');
    expect(outcome.unknown).toEqual({ step: 'route', owner: 'r9', pattern: '(\\d)\\1' });
    expect(outcome.firstRoute).toBeNull();
    expect(outcome.order).toEqual([]);
  });

  it('keeps the whole order when one trunk cannot translate', () => {
    const d = doc();
    d.trunkConfigurations[1]!.outboundTranslationRules = [{ name: 'weird', pattern: '(?>x)', translation: '' }];
    const outcome = routeNumber(d, { dialedNumber: '0100', dialPlanId: 'dp1' });
    expect(outcome.unknown).toEqual({ step: 'translate', owner: 'tc-paris', pattern: '(?>x)' });
    expect(outcome.order).toHaveLength(2);
    expect(outcome.order[1]!.trunks.map((t) => t.sentNumber)).toEqual([null, '14255550100']);
  });

  it('never throws, whatever the number', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.option(fc.constantFrom('dp1', 'dp-global', 'nope')), (n, plan) => {
      const outcome = routeNumber(doc(), { dialedNumber: n, ...(plan !== null ? { dialPlanId: plan } : {}) });
      expect(outcome.dialedNumber).toBe(n);
    }), { numRuns: 500 });
  });
});

describe('effectiveTrunkConfiguration', () => {
  it('prefers the trunk, then the site of its peer, then global', () => {
    const d = doc();
    expect(effectiveTrunkConfiguration(d, 't1')?.id).toBe('tc-global');
    expect(effectiveTrunkConfiguration(d, 't2')?.id).toBe('tc-paris');
    const own = doc({ trunkConfigurations: [...d.trunkConfigurations, config('tc-t2', { kind: 'trunk', trunkId: 't2' })] });
    expect(effectiveTrunkConfiguration(own, 't2')?.id).toBe('tc-t2');
  });
});

describe('routingTestFailures', () => {
  const base = { id: 'rt1', name: 'x', dialedNumber: '0100', dialPlanId: 'dp1', voicePolicyId: 'vp-global' };
  it('passes when every expectation holds (usage compared case-insensitively)', () => {
    const outcome = routeNumber(doc(), { dialedNumber: '0100', dialPlanId: 'dp1' });
    expect(routingTestFailures({ ...base, expect: { translation: '+14255550100', usage: 'LOCAL', routeId: 'r1' } }, outcome)).toEqual([]);
  });
  it('names each key that differs', () => {
    const outcome = routeNumber(doc(), { dialedNumber: '0100', dialPlanId: 'dp1' });
    expect(routingTestFailures({ ...base, expect: { usage: null, routeId: 'r2' } }, outcome)).toEqual([
      { key: 'usage', expected: null, actual: 'Local' },
      { key: 'routeId', expected: 'r2', actual: 'r1' },
    ]);
  });
  it('fails every key an unknown step would decide', () => {
    const d = doc({ voiceRoutes: [route('r9', '(\\d)\\1', ['Local'], ['t1'])] });
    const outcome = routeNumber(d, { dialedNumber: '0100', dialPlanId: 'dp1' });
    expect(routingTestFailures({ ...base, expect: { translation: '+14255550100', usage: null, routeId: null } }, outcome).map((f) => f.key)).toEqual(['usage', 'routeId']);
  });
});
