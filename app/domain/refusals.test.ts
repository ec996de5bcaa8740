// Refused edits name a message of REFUSAL_MESSAGES with exactly the params of its English template, one case per id.
import { describe, expect, it } from 'vitest';
import { deleteElements } from './edit.ts';
import type { Topology } from './model.ts';
import { newTrunk, trunkEnds } from './newTrunk.ts';
import { REFUSAL_MESSAGES, type EditRefusal, type RefusalId } from './refusals.ts';
import { messageDefects } from './testing/messages.ts';
import { branchSite, centralSite, doc, frontEnd, mediationPool, peer, trunk } from './testing/build.ts';
import { addTrunkConfiguration, deleteRoutingObject, deleteUsage, renameUsage } from './routing/edit.ts';
import { routedDoc } from './testing/routing.ts';

const director = { id: 'dir1', kind: 'director' as const, siteId: 'hq', fqdn: 'dir.contoso.com', servers: ['d1.contoso.com'] };

const CASES: [RefusalId, () => { ok: boolean }][] = [
  ['trunk.missingEnd', () => newTrunk(doc({ nodes: [peer()] }), 'gw1', 'nowhere')],
  ['trunk.itself', () => newTrunk(doc({ nodes: [peer()] }), 'gw1', 'gw1')],
  ['trunk.noCollocatedMediation', () => newTrunk(doc({ nodes: [frontEnd({ mediation: null }), peer()] }), 'gw1', 'fe1')],
  ['trunk.director', () => trunkEnds(doc({ nodes: [frontEnd(), director, peer()] }), 'dir1', 'gw1')],
  ['trunk.bothPeers', () => newTrunk(doc({ nodes: [peer(), peer({ id: 'gw2', address: 'gw02.contoso.com' })] }), 'gw1', 'gw2')],
  ['trunk.bothMediationEndpoints', () => newTrunk(doc({ nodes: [frontEnd(), mediationPool()] }), 'fe1', 'med1')],
  ['delete.centralWithBranch', () => deleteElements(doc({ sites: [centralSite(), branchSite('paris')] }), new Set(['hq']))],
  [
    'delete.rootTrunk',
    () => {
      const d: Topology = doc({ nodes: [frontEnd(), peer()], trunks: [trunk(), trunk({ id: 't2', name: 'gw01-5068', peerPort: 5068, root: false })] });
      return deleteElements(d, new Set(['t1']));
    },
  ],
  ['usage.inUse', () => deleteUsage(routedDoc(), 'Local')],
  ['usage.nameTaken', () => renameUsage(routedDoc((d) => d.pstnUsages.push('Long distance')), 'Long distance', 'LOCAL')],
  ['routing.deleteGlobal', () => deleteRoutingObject(routedDoc(), 'dialPlans', 'dp-global')],
  [
    'routing.noFreeScope',
    () => {
      const d = routedDoc();
      d.trunkConfigurations.push({ ...d.trunkConfigurations[0]!, id: 'tc-hq', scope: { kind: 'site', siteId: 'hq' } });
      for (const t of d.trunks) d.trunkConfigurations.push({ ...d.trunkConfigurations[0]!, id: `tc-${t.id}`, scope: { kind: 'trunk', trunkId: t.id } });
      const result = addTrunkConfiguration(d);
      return 'ok' in result ? result : { ok: true };
    },
  ],
];

describe('refusals', () => {
  it('cover every declared id', () => {
    expect(CASES.map(([id]) => id).sort()).toEqual(Object.keys(REFUSAL_MESSAGES).sort());
  });

  it.each(CASES)('%s carries the params of its template', (id, run) => {
    const result = run();
    expect(result.ok).toBe(false);
    const refused = result as EditRefusal;
    expect(refused.messageId).toBe(id);
    expect(messageDefects(REFUSAL_MESSAGES, refused)).toEqual([]);
  });

  it('name nodes as a kind and a name', () => {
    const result = newTrunk(doc({ nodes: [peer(), peer({ id: 'gw2', address: 'gw02.contoso.com' })] }), 'gw1', 'gw2');
    const gateway = (address: string) => ({
      term: 'node.named',
      params: { kind: { term: 'kind.pstnGateway' }, name: { term: 'name.plain', params: { address } } },
    });
    expect(!result.ok && result.params).toEqual({ a: gateway('gw01.contoso.com'), b: gateway('gw02.contoso.com') });
  });
});
