import { describe, expect, it } from 'vitest';
import { addNode, deleteElements, duplicateNodes, makeRootTrunk, moveElements, placeNode } from './edit.ts';
import type { Topology } from './model.ts';
import { parseTopologyText } from './parse.ts';
import { serializeTopology } from './serialize.ts';
import { branchSite, centralSite, doc, frontEnd, mediationPool, peer, trunk } from './testing/build.ts';

/** Every edit must leave a document the parser accepts: ids unique, references resolved. */
function expectParseable(d: Topology) {
  const parsed = parseTopologyText(serializeTopology(d));
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
}

const framed = () =>
  doc({
    sites: [
      { ...centralSite(), frame: { x: 0, y: 0, width: 600, height: 400 } },
      { ...branchSite('paris'), frame: { x: 1000, y: 0, width: 400, height: 300 } },
    ],
    nodes: [frontEnd({ position: { x: 40, y: 60 } }), peer({ position: { x: 300, y: 60 } }), peer({ id: 'gw2', address: 'gw02.contoso.com', position: { x: 300, y: 200 } })],
    trunks: [trunk(), trunk({ id: 't2', name: 'gw01-5068', peerPort: 5068, root: false }), trunk({ id: 't3', name: 'gw02-5067', peerId: 'gw2' })],
  });

describe('placing nodes in sites', () => {
  it('moves a node into the site whose frame holds it', () => {
    const d = moveElements(framed(), new Map([['gw2', { x: 1100, y: 100 }]]));
    expect(d.nodes.find((n) => n.id === 'gw2')!.siteId).toBe('paris');
    expectParseable(d);
  });

  it('puts a node outside every frame in the nearest site and grows that frame', () => {
    const d = moveElements(framed(), new Map([['gw2', { x: 700, y: 500 }]]));
    const gw2 = d.nodes.find((n) => n.id === 'gw2')!;
    expect(gw2.siteId).toBe('hq');
    const frame = d.sites[0]!.frame!;
    expect(frame.x + frame.width).toBeGreaterThanOrEqual(700 + 200);
    expect(frame.y + frame.height).toBeGreaterThanOrEqual(500 + 76);
  });

  it('leaves nodes carried along with their site where they are', () => {
    const d = moveElements(framed(), new Map([['fe1', { x: 540, y: 60 }]]), new Map([['hq', { x: 500, y: 0, width: 600, height: 400 }]]));
    expect(d.nodes.find((n) => n.id === 'fe1')!.siteId).toBe('hq');
  });

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
    expectParseable(result.doc);
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
    expectParseable(result.doc);
    const again = duplicateNodes(result.doc, d.nodes.slice(0, 1), [], { x: 80, y: 80 });
    expect(again.doc.nodes.at(-1)).toMatchObject({ fqdn: 'pool01-3.contoso.com' });
    expectParseable(again.doc);
  });
});
