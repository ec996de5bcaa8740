// The routing workspace's commands: each result reads back through the parser unchanged, and references follow.
import { describe, expect, it } from 'vitest';
import type { Topology } from '../model.ts';
import { reparseProblems } from '../testing/build.ts';
import { dialPlan, routedDoc, routingTest, trunkConfiguration, voicePolicy } from '../testing/routing.ts';
import {
  addDialPlan, addOwnerUsage, addRouteTrunk, addRule, addTrunkConfiguration, addUsage, addVoicePolicy, addVoiceRoute, deleteRoutingObject, deleteRule,
  deleteUsage, deleteVoiceRoutes, duplicateRoutingObject, duplicateRule, duplicateUsage, freshName, giveTrunkOwnConfiguration, moveInList, moveOwnerUsage,
  moveRoutingObject, moveRule, moveUsage, removeOwnerUsage, removeRouteTrunk, renameUsage, trunksUsingConfiguration, updateRoutingObject, updateRule,
  dropTrunkOwnConfiguration,
} from './edit.ts';
import { effectiveTrunkConfiguration } from './scopes.ts';

function ok(result: { ok: boolean; doc?: Topology }): Topology {
  expect(result.ok).toBe(true);
  return result.doc!;
}

describe('lists', () => {
  it('moveInList moves one item and clamps at the ends', () => {
    expect(moveInList(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveInList(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
    const list = ['a', 'b'];
    expect(moveInList(list, 1, 1)).toBe(list);
    expect(moveInList(list, 5, -1)).toBe(list);
  });

  it('freshName adds a number, ignoring case', () => {
    expect(freshName(['Local'], 'Usage 1')).toBe('Usage 1');
    expect(freshName(['usage 1', 'Usage 2'], 'Usage 1')).toBe('Usage 3');
  });
});

describe('PSTN usages', () => {
  it('add, duplicate and move keep one ordered list', () => {
    const added = addUsage(routedDoc());
    expect(added.doc.pstnUsages).toEqual(['Local', 'Usage 2']);
    const copy = duplicateUsage(added.doc, 'Local');
    expect(copy.doc.pstnUsages).toEqual(['Local', 'Local copy', 'Usage 2']);
    expect(moveUsage(copy.doc, 'Usage 2', -2).pstnUsages).toEqual(['Usage 2', 'Local', 'Local copy']);
    expect(reparseProblems(copy.doc)).toEqual([]);
  });

  it('rename follows into routes, policies, custom ring usages, configurations and tests', () => {
    const d = routedDoc((doc) => {
      doc.voicePolicies.push(voicePolicy({ pstnUsages: ['LOCAL'], callForwardingSimulRingUsageType: 'customUsage', customCallForwardingSimulRingUsages: ['local'] }));
      doc.trunkConfigurations.push(trunkConfiguration({ pstnUsages: ['Local'] }));
      doc.routingTests.push(routingTest({ expect: { usage: 'local' } }));
    });
    const next = ok(renameUsage(d, 'Local', 'Metro'));
    expect(next.pstnUsages).toEqual(['Metro']);
    expect(next.voiceRoutes[0]!.pstnUsages).toEqual(['Metro']);
    expect(next.voicePolicies.map((p) => p.pstnUsages)).toEqual([['Metro'], ['Metro']]);
    expect(next.voicePolicies[1]!.customCallForwardingSimulRingUsages).toEqual(['Metro']);
    expect(next.trunkConfigurations[1]!.pstnUsages).toEqual(['Metro']);
    expect(next.routingTests[0]!.expect.usage).toBe('Metro');
    expect(reparseProblems(next)).toEqual([]);
  });

  it('rename to another usage name is refused, a change of case is not', () => {
    const d = routedDoc((doc) => doc.pstnUsages.push('Long distance'));
    const refused = renameUsage(d, 'Local', 'long DISTANCE');
    expect(refused).toMatchObject({ ok: false, messageId: 'usage.nameTaken' });
    expect(ok(renameUsage(d, 'Local', 'LOCAL')).pstnUsages).toEqual(['LOCAL', 'Long distance']);
  });

  it('delete is refused while named, and names who names it', () => {
    const refused = deleteUsage(routedDoc(), 'Local');
    expect(refused).toMatchObject({ ok: false, messageId: 'usage.inUse', params: { usage: 'Local' } });
    const owners = (refused as unknown as { params: { owners: { list: { term: string }[] } } }).params.owners.list.map((o) => o.term);
    expect(owners).toEqual(['routing.route', 'routing.voicePolicy']);
    const d = routedDoc((doc) => doc.pstnUsages.push('Spare'));
    expect(ok(deleteUsage(d, 'Spare')).pstnUsages).toEqual(['Local']);
  });

  it('usage lists of owners: add once, remove, reorder', () => {
    const d = routedDoc((doc) => doc.pstnUsages.push('Long distance'));
    const withTwo = addOwnerUsage(d, 'voicePolicies', 'vp-global', 'Long distance');
    expect(addOwnerUsage(withTwo, 'voicePolicies', 'vp-global', 'long distance')).toBe(withTwo);
    const policy = (doc: Topology) => doc.voicePolicies.find((p) => p.id === 'vp-global')!.pstnUsages;
    expect(policy(withTwo)).toEqual(['Local', 'Long distance']);
    expect(policy(moveOwnerUsage(withTwo, 'voicePolicies', 'vp-global', 1, -1))).toEqual(['Long distance', 'Local']);
    expect(policy(removeOwnerUsage(withTwo, 'voicePolicies', 'vp-global', 0))).toEqual(['Long distance']);
  });
});

describe('voice routes', () => {
  it('add gives a fresh id and name; update, duplicate, move and delete', () => {
    const added = addVoiceRoute(routedDoc());
    expect(added.doc.voiceRoutes.map((r) => r.name)).toEqual(['Local', 'Route 2']);
    expect(reparseProblems(added.doc)).toEqual([]);
    const edited = updateRoutingObject(added.doc, 'voiceRoutes', added.id, { name: 'Long distance', priority: 3 });
    expect(edited.voiceRoutes[1]).toMatchObject({ id: added.id, name: 'Long distance', priority: 3 });
    const copy = duplicateRoutingObject(edited, 'voiceRoutes', 'r1');
    if (!('doc' in copy)) throw new Error('refused');
    expect(copy.doc.voiceRoutes.map((r) => r.name)).toEqual(['Local', 'Local copy', 'Long distance']);
    expect(new Set(copy.doc.voiceRoutes.map((r) => r.id)).size).toBe(3);
    const moved = moveRoutingObject(copy.doc, 'voiceRoutes', added.id, -2);
    expect(moved.voiceRoutes.map((r) => r.name)).toEqual(['Long distance', 'Local', 'Local copy']);
    expect(deleteVoiceRoutes(moved, new Set(['r1', copy.id])).voiceRoutes.map((r) => r.name)).toEqual(['Long distance']);
    expect(reparseProblems(moved)).toEqual([]);
  });

  it('trunks are added once, only when they exist, and removed', () => {
    const d = routedDoc();
    expect(addRouteTrunk(d, 'r1', 't1')).toBe(d);
    expect(addRouteTrunk(d, 'r1', 'nowhere')).toBe(d);
    expect(removeRouteTrunk(d, 'r1', 't1').voiceRoutes[0]!.trunkIds).toEqual([]);
    expect(addRouteTrunk(removeRouteTrunk(d, 'r1', 't1'), 'r1', 't1').voiceRoutes[0]!.trunkIds).toEqual(['t1']);
  });
});

describe('voice policies and dial plans', () => {
  it('new ones get a tag scope of their own', () => {
    const one = addVoicePolicy(routedDoc());
    const two = addVoicePolicy(one.doc);
    expect(two.doc.voicePolicies.map((p) => p.scope)).toEqual([{ kind: 'global' }, { kind: 'tag', name: 'Policy 1' }, { kind: 'tag', name: 'Policy 2' }]);
    const plan = addDialPlan(two.doc);
    expect(plan.doc.dialPlans.at(-1)).toMatchObject({ id: plan.id, scope: { kind: 'tag', name: 'Plan 1' }, normalizationRules: [] });
    expect(reparseProblems(plan.doc)).toEqual([]);
  });

  it('a copy of the global one is not global', () => {
    const copy = duplicateRoutingObject(routedDoc(), 'voicePolicies', 'vp-global');
    if (!('doc' in copy)) throw new Error('refused');
    expect(copy.doc.voicePolicies[1]).toMatchObject({ id: copy.id, scope: { kind: 'tag', name: 'Copy' }, pstnUsages: ['Local'] });
  });

  it('the global one cannot be deleted; a test whose plan goes uses the global plan', () => {
    expect(deleteRoutingObject(routedDoc(), 'voicePolicies', 'vp-global')).toMatchObject({ ok: false, messageId: 'routing.deleteGlobal' });
    const d = routedDoc((doc) => {
      doc.dialPlans.push(dialPlan());
      doc.routingTests.push(routingTest({ dialPlanId: 'dp1' }));
    });
    const next = ok(deleteRoutingObject(d, 'dialPlans', 'dp1'));
    expect(next.dialPlans.map((p) => p.id)).toEqual(['dp-global']);
    expect(next.routingTests[0]!.dialPlanId).toBe('dp-global');
    expect(reparseProblems(next)).toEqual([]);
  });

  it('rules: add, edit, duplicate, move, delete', () => {
    const owner = { collection: 'dialPlans', id: 'dp-global' } as const;
    const rules = (doc: Topology) => doc.dialPlans[0]!.normalizationRules.map((r) => r.name);
    let d = addRule(routedDoc(), owner);
    expect(rules(d)).toEqual(['Keep All', 'Rule 2']);
    d = updateRule(d, owner, 1, { pattern: '^(\\d{4})$', translation: '+1425555$1', isInternalExtension: true });
    expect(d.dialPlans[0]!.normalizationRules[1]).toEqual({ name: 'Rule 2', pattern: '^(\\d{4})$', translation: '+1425555$1', isInternalExtension: true });
    d = duplicateRule(d, owner, 0);
    expect(rules(d)).toEqual(['Keep All', 'Keep All copy', 'Rule 2']);
    d = moveRule(d, owner, 2, -2);
    expect(rules(d)).toEqual(['Rule 2', 'Keep All', 'Keep All copy']);
    d = deleteRule(d, owner, 1);
    expect(rules(d)).toEqual(['Rule 2', 'Keep All copy']);
    expect(reparseProblems(d)).toEqual([]);
  });

  it('outbound translation rules carry no internal-extension flag', () => {
    const owner = { collection: 'trunkConfigurations', id: 'tc-global' } as const;
    const d = updateRule(addRule(routedDoc(), owner), owner, 0, { translation: '00$1', isInternalExtension: true });
    expect(d.trunkConfigurations[0]!.outboundTranslationRules).toEqual([{ name: 'Rule 1', pattern: '^(\\d+)$', translation: '00$1' }]);
    expect(reparseProblems(d)).toEqual([]);
  });
});

describe('trunk configurations', () => {
  it('a new one takes the first site without one, then trunks', () => {
    const added = addTrunkConfiguration(routedDoc());
    if (!('doc' in added)) throw new Error('refused');
    expect(added.doc.trunkConfigurations.at(-1)!.scope).toEqual({ kind: 'site', siteId: 'hq' });
    const second = addTrunkConfiguration(added.doc);
    if (!('doc' in second)) throw new Error('refused');
    expect(second.doc.trunkConfigurations.at(-1)!.scope).toEqual({ kind: 'trunk', trunkId: 't1' });
    expect(reparseProblems(second.doc)).toEqual([]);
  });

  it("a trunk's own configuration is a copy of the one that applied, and going back deletes it", () => {
    const d = routedDoc((doc) => {
      doc.trunkConfigurations.push({ ...trunkConfiguration(), id: 'tc-hq', scope: { kind: 'site', siteId: 'hq' }, maxEarlyDialogs: 7 });
    });
    expect(trunksUsingConfiguration(d, 'tc-hq')).toEqual(['t1']);
    const own = giveTrunkOwnConfiguration(d, 't1');
    const applies = effectiveTrunkConfiguration(own, 't1')!;
    expect(applies).toMatchObject({ id: 'tc-t1', scope: { kind: 'trunk', trunkId: 't1' }, maxEarlyDialogs: 7 });
    expect(giveTrunkOwnConfiguration(own, 't1')).toBe(own);
    expect(trunksUsingConfiguration(own, 'tc-hq')).toEqual([]);
    const back = dropTrunkOwnConfiguration(own, 't1');
    expect(effectiveTrunkConfiguration(back, 't1')!.id).toBe('tc-hq');
    expect(reparseProblems(own)).toEqual([]);
  });
});
