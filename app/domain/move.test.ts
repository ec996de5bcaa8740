import { describe, expect, it } from 'vitest';
import type { Topology } from './model.ts';
import { moveBy, moveElements, moveSite, moveSites, resizeSite } from './move.ts';
import { branchSite, centralSite, doc, framedDoc, frontEnd, peer, reparseProblems } from './testing/build.ts';

const framed = framedDoc;
const expectReparses = (d: Topology) => expect(reparseProblems(d)).toEqual([]);

const node = (d: Topology, id: string) => d.nodes.find((n) => n.id === id)!;
const site = (d: Topology, id: string) => d.sites.find((s) => s.id === id)!;

describe('moveSite', () => {
  it('moves the frame and every placed node of the site by the delta; they stay in the site', () => {
    const d = moveSite(framed(), 'hq', { x: 2000, y: 30 });
    expect(site(d, 'hq').frame).toEqual({ x: 2000, y: 30, width: 600, height: 400 });
    expect(d.nodes.map((n) => [n.id, n.siteId, n.position])).toEqual([
      ['fe1', 'hq', { x: 2040, y: 90 }],
      ['gw1', 'hq', { x: 2300, y: 90 }],
      ['gw2', 'hq', { x: 2300, y: 230 }],
    ]);
    expect(site(d, 'paris').frame).toEqual({ x: 1000, y: 0, width: 400, height: 300 });
    expectReparses(d);
  });

  it('leaves other sites and their nodes as they are, and rounds to whole pixels', () => {
    const before = doc({
      sites: [
        { ...centralSite(), frame: { x: 0, y: 0, width: 600, height: 400 } },
        { ...branchSite('paris'), frame: { x: 1000, y: 0, width: 400, height: 300 } },
      ],
      nodes: [frontEnd({ position: { x: 40, y: 60 } }), peer({ siteId: 'paris', position: { x: 1040, y: 60 } })],
    });
    const d = moveSite(before, 'paris', { x: 10.4, y: -9.6 });
    expect(site(d, 'paris').frame).toEqual({ x: 1010, y: -10, width: 400, height: 300 });
    expect(node(d, 'gw1').position).toEqual({ x: 1050, y: 50 });
    expect(site(d, 'hq')).toBe(site(before, 'hq'));
    expect(node(d, 'fe1')).toBe(node(before, 'fe1'));
  });

  it('returns the same document for no move or an unknown site', () => {
    const d = framed();
    expect(moveSite(d, 'hq', { x: 0, y: 0 })).toBe(d);
    expect(moveSite(d, 'nope', { x: 10, y: 0 })).toBe(d);
  });

  it('keeps unplaced nodes unplaced: they are drawn relative to their frame', () => {
    const before = doc({ sites: [{ ...centralSite(), frame: { x: 0, y: 0, width: 600, height: 400 } }], nodes: [frontEnd()] });
    const d = moveSite(before, 'hq', { x: 50, y: 50 });
    expect(node(d, 'fe1').position).toBeUndefined();
    expect(site(d, 'hq').frame).toMatchObject({ x: 50, y: 50 });
  });

  it('moves several sites in one pass', () => {
    const d = moveSites(framed(), new Map([['hq', { x: 0, y: 500 }], ['paris', { x: 0, y: 500 }]]));
    expect(d.sites.map((s) => s.frame!.y)).toEqual([500, 500]);
    expect(d.nodes.map((n) => n.position!.y)).toEqual([560, 560, 700]);
  });
});

describe('resizeSite', () => {
  it('changes the frame only: a resize from the left edge moves x and y, never the nodes', () => {
    const before = framed();
    const d = resizeSite(before, 'hq', { x: -100.2, y: -50, width: 700, height: 450.4 });
    expect(site(d, 'hq').frame).toEqual({ x: -100, y: -50, width: 700, height: 450 });
    expect(d.nodes).toBe(before.nodes);
    expect(resizeSite(d, 'hq', { x: -100, y: -50, width: 700, height: 450 })).toBe(d);
  });
});

describe('moveElements', () => {
  it('moves a node into the site whose frame holds it', () => {
    const d = moveElements(framed(), { nodes: new Map([['gw2', { x: 1100, y: 100 }]]) });
    expect(node(d, 'gw2').siteId).toBe('paris');
    expectReparses(d);
  });

  it('puts a node outside every frame in the nearest site and grows that frame', () => {
    const d = moveElements(framed(), { nodes: new Map([['gw2', { x: 700, y: 500 }]]) });
    expect(node(d, 'gw2').siteId).toBe('hq');
    const frame = site(d, 'hq').frame!;
    expect(frame.x + frame.width).toBeGreaterThanOrEqual(700 + 200);
    expect(frame.y + frame.height).toBeGreaterThanOrEqual(500 + 76);
  });

  it('carries the nodes of a moving site with it, whatever position is asked for them', () => {
    const d = moveElements(framed(), { sites: new Map([['hq', { x: 500, y: 0 }]]), nodes: new Map([['fe1', { x: 5000, y: 60 }]]) });
    expect(node(d, 'fe1')).toMatchObject({ siteId: 'hq', position: { x: 540, y: 60 } });
    expect(site(d, 'hq').frame).toMatchObject({ x: 500, y: 0 });
  });

  it('returns the same document when nothing moves', () => {
    const d = framed();
    expect(moveElements(d, { nodes: new Map([['fe1', { x: 40, y: 60 }]]) })).toBe(d);
    expect(moveElements(d, {})).toBe(d);
  });
});

describe('moveBy (the arrow keys)', () => {
  it('moves selected nodes on their own and selected sites with their nodes, by one delta', () => {
    const before = doc({
      sites: [
        { ...centralSite(), frame: { x: 0, y: 0, width: 600, height: 400 } },
        { ...branchSite('paris'), frame: { x: 1000, y: 0, width: 400, height: 300 } },
      ],
      nodes: [frontEnd({ position: { x: 40, y: 100 } }), peer({ position: { x: 300, y: 100 } }), peer({ id: 'gw2', address: 'gw02.contoso.com', siteId: 'paris', position: { x: 1040, y: 100 } })],
    });
    const d = moveBy(before, new Set(['gw1', 'paris']), { x: 10, y: 0 });
    expect(d.nodes.map((n) => n.position!.x)).toEqual([40, 310, 1050]);
    expect(site(d, 'paris').frame!.x).toBe(1010);
    expect(site(d, 'hq')).toBe(site(before, 'hq'));
    expect(moveBy(before, new Set(), { x: 10, y: 0 })).toBe(before);
  });
});
