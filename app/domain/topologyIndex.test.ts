import { describe, expect, it } from 'vitest';
import { centralSite, doc, frontEnd, mediationPool, peer, trunk } from './testing/build.ts';
import { indexTopology, trunkEnds } from './topologyIndex.ts';

const design = doc({
  sites: [centralSite()],
  nodes: [frontEnd({ id: 'fe' }), mediationPool({ id: 'm' }), peer({ id: 'p1' }), peer({ id: 'p2', address: 'gw2.contoso.com' })],
  trunks: [
    trunk({ id: 't1', name: 't1', mediationId: 'm', peerId: 'p1' }),
    trunk({ id: 't2', name: 't2', mediationId: 'm', peerId: 'gone' }),
    trunk({ id: 't3', name: 't3', mediationId: 'p2', peerId: 'p2' }),
  ],
});

describe('trunkEnds', () => {
  it("gives each trunk's Mediation and peer node positions, -1 for a node not there", () => {
    const ends = trunkEnds(design);
    expect([...ends.mediation]).toEqual([1, 1, 3]);
    expect([...ends.peer]).toEqual([2, -1, 3]);
    expect(trunkEnds(design)).toBe(ends);
  });

  it('looks again when the nodes are a new list (moved, added, removed), with the same trunks', () => {
    const reordered = { ...design, nodes: [...design.nodes].reverse() };
    expect([...trunkEnds(reordered).mediation]).toEqual([2, 2, 0]);
    expect([...trunkEnds(reordered).peer]).toEqual([1, -1, 0]);
  });
});

describe('trunksByNode', () => {
  it('lists a trunk under each of its ends, once where both ends are one node, in document order', () => {
    const { trunksByNode } = indexTopology(design);
    const ids = (node: string) => trunksByNode.get(node)?.map((t) => t.id);
    expect(ids('m')).toEqual(['t1', 't2']);
    expect(ids('p1')).toEqual(['t1']);
    expect(ids('p2')).toEqual(['t3']);
    expect(ids('fe')).toEqual([]);
    expect(ids('gone')).toBeUndefined();
  });
});
