import { describe, expect, it } from 'vitest';
import { validate } from '../rules/index.ts';
import { templateById } from '../templates.ts';
import type { Topology } from '../model.ts';
import { routeNumber, routingTestFailures, runRoutingTest } from './simulate.ts';
import { deleteRoutingTest, expectationOf, saveRoutingTest, testName } from './testsEdit.ts';

const twoSites = (): Topology => templateById('two-site-routing')!.build();
const failed = (doc: Topology) => validate(doc).filter((d) => d.rule === 'ROUTING_TEST_FAILED');

describe('saveRoutingTest', () => {
  it('stores the inputs and the outcome they give, as a test that passes', () => {
    const doc = twoSites();
    const result = saveRoutingTest(doc, { number: '2125550100', dialPlanId: 'dp-redmond', voicePolicyId: 'vp-redmond' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.test).toEqual({
      id: 'rt4', name: '2125550100', dialedNumber: '2125550100', dialPlanId: 'dp-redmond', voicePolicyId: 'vp-redmond',
      expect: { translation: '+12125550100', usage: 'New York Local', routeId: 'r-ny-local' },
    });
    expect(result.doc.routingTests).toHaveLength(doc.routingTests.length + 1);
    expect(doc.routingTests).toHaveLength(3);
    expect(routingTestFailures(result.test, runRoutingTest(result.doc, result.test))).toEqual([]);
    expect(failed(result.doc)).toEqual([]);
  });

  it('expects no route when none matches, and the test fails once a route matches', () => {
    const doc = { ...twoSites(), voicePolicies: twoSites().voicePolicies.map((p) => (p.id === 'vp-redmond' ? { ...p, pstnUsages: ['Redmond Local'] } : p)) };
    const result = saveRoutingTest(doc, { number: '3125550100', dialPlanId: 'dp-redmond', voicePolicyId: 'vp-redmond' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.test.expect).toEqual({ translation: '+13125550100', usage: null, routeId: null });
    const widened = { ...result.doc, voicePolicies: twoSites().voicePolicies };
    expect(failed(widened).map((d) => d.targets)).toEqual([[result.test.id]]);
  });

  it('uses the global plan and policy for ids that name none, and the name given', () => {
    const doc = twoSites();
    const result = saveRoutingTest(doc, { number: '0100', dialPlanId: 'gone', voicePolicyId: 'dp-redmond' }, '  Global four digits  ');
    if (!result.ok) throw new Error(result.reason);
    expect(result.test).toMatchObject({ name: 'Global four digits', dialPlanId: 'dp-global', voicePolicyId: 'vp-global' });
  });

  it('refuses a number that is not dialable, and a full list', () => {
    expect(saveRoutingTest(twoSites(), { number: 'abc', dialPlanId: 'dp-global', voicePolicyId: 'vp-global' })).toEqual({ ok: false, reason: 'notDialable' });
    const doc = twoSites();
    const full = { ...doc, routingTests: Array.from({ length: 1000 }, (_, i) => ({ ...doc.routingTests[0]!, id: `x${i}` })) };
    expect(saveRoutingTest(full, { number: '0100', dialPlanId: 'dp-global', voicePolicyId: 'vp-global' })).toEqual({ ok: false, reason: 'limit' });
  });
});

describe('expectationOf', () => {
  it('leaves out what an unknown step would decide', () => {
    const doc = twoSites();
    const unsupported = '(?=1)\\d+';
    const badPlan = { ...doc, dialPlans: doc.dialPlans.map((p) => (p.id === 'dp-redmond' ? { ...p, normalizationRules: [{ name: 'x', pattern: unsupported, translation: '$0', isInternalExtension: false }] } : p)) };
    expect(expectationOf(routeNumber(badPlan, { dialedNumber: '0100', dialPlanId: 'dp-redmond', voicePolicyId: 'vp-redmond' }))).toEqual({});
    const badRoute = { ...doc, voiceRoutes: doc.voiceRoutes.map((r) => (r.id === 'r-ny-local' ? { ...r, numberPattern: unsupported } : r)) };
    expect(expectationOf(routeNumber(badRoute, { dialedNumber: '0100', dialPlanId: 'dp-redmond', voicePolicyId: 'vp-redmond' }))).toEqual({ translation: '+14255550100' });
  });
});

describe('testName', () => {
  it('is the number, cut to 32 characters and made distinct', () => {
    const doc = twoSites();
    expect(testName(doc, '0100')).toBe('0100');
    const named = { ...doc, routingTests: [{ ...doc.routingTests[0]!, name: '0100' }, { ...doc.routingTests[1]!, name: '0100 (2)' }] };
    expect(testName(named, '0100')).toBe('0100 (3)');
    const long = '1'.repeat(64);
    expect(testName(doc, long)).toBe('1'.repeat(32));
    const taken = { ...doc, routingTests: [{ ...doc.routingTests[0]!, name: '1'.repeat(32) }] };
    expect(testName(taken, long)).toBe(`${'1'.repeat(28)} (2)`);
  });
});

describe('deleteRoutingTest', () => {
  it('takes the test out, and keeps the document when there is none', () => {
    const doc = twoSites();
    expect(deleteRoutingTest(doc, 'rt2').routingTests.map((t) => t.id)).toEqual(['rt1', 'rt3']);
    expect(deleteRoutingTest(doc, 'nope')).toBe(doc);
  });
});
