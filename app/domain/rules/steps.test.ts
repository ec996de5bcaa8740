import { describe, expect, it } from 'vitest';
import { generateRouting, generateTopology } from '../generate.ts';
import { doc, mediationPool, peer, trunk, centralSite } from '../testing/build.ts';
import { RULES, validate, validateInSteps } from './index.ts';

describe('validateInSteps', () => {
  it('gives validate\'s diagnostics, in its order, one step per rule', () => {
    // A design with problems of several rules (two peers at one address, a trunk to a missing node).
    const design = doc({
      sites: [centralSite()],
      nodes: [mediationPool({ id: 'm', nextHopId: null }), peer({ id: 'p1', address: 'gw.contoso.com' }), peer({ id: 'p2', address: 'gw.contoso.com' })],
      trunks: [trunk({ id: 't1', mediationId: 'm', peerId: 'p1' }), trunk({ id: 't2', name: 't2', mediationId: 'm', peerId: 'nowhere' })],
    });
    for (const d of [design, generateRouting(generateTopology(200, 5), { routes: 50, policies: 5, dialPlans: 5 })]) {
      const steps = validateInSteps(d);
      let count = 0;
      let step = steps.next();
      while (!step.done) {
        count++;
        step = steps.next();
      }
      expect(count).toBe(RULES.length);
      expect(step.value).toEqual(validate(d));
    }
    expect(validate(design).length).toBeGreaterThan(1);
  });
});
