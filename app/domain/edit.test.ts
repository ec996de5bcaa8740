import { describe, expect, it } from 'vitest';
import { addNode, connect, deleteElements, duplicateNodes, makeRootTrunk, placeNode } from './edit.ts';
import { canJoin, trunkEnds } from './newTrunk.ts';
import type { Topology } from './model.ts';
import { doc, framedDoc, frontEnd, mediationPool, peer, reparseProblems, trunk } from './testing/build.ts';

const framed = framedDoc;
const expectReparses = (d: Topology) => expect(reparseProblems(d)).toEqual([]);

describe('placeNode', () => {
  it('does nothing for a node without position', () => {
    const d = framed();
    const n = { ...frontEnd({ id: 'fe9', fqdn: 'p9.contoso.com', servers: ['x9.contoso.com'] }) };
    const added = addNode(d, n);
    expect(placeNode(added, 'fe9')).toBe(added);
  });
});

describe('deleteElements', () => {
  it('refuses to delete a root trunk while its peer has other trunks', () => {
    const result = deleteElements(framed(), new Set(['t1']));
    expect(result.ok).toBe(false);
    expect(!result.ok && result).toMatchObject({ messageId: 'delete.rootTrunk', params: { trunk: 'gw01-5067' } });
  });

  it('deletes a root trunk together with the other trunks of its peer', () => {
    const result = deleteElements(framed(), new Set(['t1', 't2']));
    expect(result.ok && result.doc.trunks.map((t) => t.id)).toEqual(['t3']);
  });

  it('deletes a node with its trunks, and clears a next hop that pointed to it', () => {
    const d = doc({ nodes: [frontEnd(), mediationPool(), peer()], trunks: [trunk({ mediationId: 'med1' })] });
    const result = deleteElements(d, new Set(['fe1']));
    if (!result.ok) throw new Error(result.messageId);
    expect(result.doc.nodes.find((n) => n.id === 'med1')).toMatchObject({ nextHopId: null });
    expect(result.doc.trunks).toHaveLength(1);
    expectReparses(result.doc);
  });

  it('deletes a site with what it holds, but not a central site that branches belong to', () => {
    expect(deleteElements(framed(), new Set(['hq'])).ok).toBe(false);
    const result = deleteElements(framed(), new Set(['hq', 'paris']));
    expect(result.ok && [result.doc.sites.length, result.doc.nodes.length, result.doc.trunks.length]).toEqual([0, 0, 0]);
  });
});

describe('makeRootTrunk', () => {
  it('moves the root flag within the peer', () => {
    const d = makeRootTrunk(framed(), 't2');
    expect(d.trunks.map((t) => [t.id, t.root])).toEqual([['t1', false], ['t2', true], ['t3', true]]);
  });
});

describe('duplicateNodes', () => {
  it('copies nodes with fresh ids, unique names and the trunks between them', () => {
    const d = framed();
    const result = duplicateNodes(d, d.nodes.slice(0, 2), d.trunks.slice(0, 2), { x: 40, y: 40 });
    expect(result.ids).toHaveLength(2);
    const copies = result.doc.nodes.filter((n) => result.ids.includes(n.id));
    expect(copies.map((n) => ('fqdn' in n ? n.fqdn : n.address))).toEqual(['pool01-2.contoso.com', 'gw01-2.contoso.com']);
    expect(copies[0]).toMatchObject({ position: { x: 80, y: 100 }, servers: ['fe01-2.contoso.com', 'fe02-2.contoso.com', 'fe03-2.contoso.com'] });
    expect(result.doc.trunks).toHaveLength(5);
    expectReparses(result.doc);
    const again = duplicateNodes(result.doc, d.nodes.slice(0, 1), [], { x: 80, y: 80 });
    expect(again.doc.nodes.at(-1)).toMatchObject({ fqdn: 'pool01-3.contoso.com' });
    expectReparses(again.doc);
  });
});

describe('connect', () => {
  it('adds the new trunk, given the ends in either order, and returns it', () => {
    const d = doc({ nodes: [frontEnd(), peer()] });
    for (const [a, b] of [['fe1', 'gw1'], ['gw1', 'fe1']] as const) {
      const result = connect(d, a, b);
      if (!result.ok) throw new Error(result.messageId);
      expect(result.doc.trunks).toEqual([result.trunk]);
      expect(result.trunk).toMatchObject({ mediationId: 'fe1', peerId: 'gw1', root: true });
      expectReparses(result.doc);
    }
    expect(d.trunks).toEqual([]);
  });

  it('refuses what canJoin refuses, with the same refusal as the ends', () => {
    const d = doc({ nodes: [peer(), peer({ id: 'gw2', address: 'gw02.contoso.com', kind: 'sbc' }), frontEnd({ mediation: null })] });
    for (const [a, b] of [['gw1', 'gw2'], ['gw1', 'fe1'], ['gw1', 'gw1'], ['gw1', 'nope']] as const) {
      const result = connect(d, a, b);
      expect(result.ok).toBe(false);
      expect(canJoin(d, a, b)).toBe(false);
      expect(result).toEqual(trunkEnds(d, a, b));
    }
  });
});
