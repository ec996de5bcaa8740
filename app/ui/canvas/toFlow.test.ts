import { describe, expect, it } from 'vitest';
import { validate } from '../../domain/rules/index.ts';
import { doc, frontEnd, mediationPool, peer, trunk } from '../../domain/testing/build.ts';
import { FlowCache, marksByElement, siteSummaries, type TrunkFlowEdge } from './toFlow.ts';

const design = () =>
  doc({
    sites: [{ id: 'hq', name: 'Redmond', kind: 'central', frame: { x: 0, y: 0, width: 800, height: 400 } }],
    nodes: [frontEnd({ position: { x: 40, y: 60 } }), mediationPool({ position: { x: 40, y: 200 } }), peer({ position: { x: 400, y: 60 } }), peer({ id: 'gw2', address: '10.0.0.5' })],
    trunks: [trunk(), trunk({ id: 't2', name: 'gw01-5068', peerPort: 5068, root: false }), trunk({ id: 't3', name: 'b', mediationId: 'med1', peerPort: 5069, root: false })],
  });

describe('FlowCache', () => {
  it('draws sites first, gives trunks of one pair their own lanes, and marks problem targets', () => {
    const d = design();
    const cache = new FlowCache();
    const marks = marksByElement(validate(d));
    const nodes = cache.buildNodes(d, marks, new Set(['gw1']), new Map());
    expect(nodes.map((n) => [n.id, n.type])).toEqual([['hq', 'site'], ['fe1', 'frontEndPool'], ['med1', 'mediationPool'], ['gw1', 'pstnGateway'], ['gw2', 'pstnGateway']]);
    expect(nodes.find((n) => n.id === 'gw1')!.selected).toBe(true);
    // A node without a position is drawn inside its site until it is placed.
    expect(nodes.find((n) => n.id === 'gw2')!.position).toEqual({ x: 40, y: 76 });
    const edges = cache.buildEdges(d, marks, new Set());
    const trunks = edges.filter((e): e is TrunkFlowEdge => e.type === 'trunk');
    expect(trunks.map((e) => [e.id, e.data!.lane, e.data!.lanes])).toEqual([['t1', 0, 2], ['t2', 1, 2], ['t3', 0, 1]]);
    // The Mediation pool's next hop is a line of its own, not a trunk, and cannot be selected.
    expect(edges.filter((e) => e.type === 'nextHop').map((e) => [e.source, e.target, e.selectable, e.focusable])).toEqual([['med1', 'fe1', false, false]]);
    expect(marks.get('gw2')?.errors.length).toBeGreaterThan(0);
  });

  it('reuses the objects of what did not change, so memoized cards do not re-render', () => {
    const d = design();
    const cache = new FlowCache();
    const marks = marksByElement(validate(d));
    const first = cache.buildNodes(d, marks, new Set(), new Map());
    const previous = new Map(first.map((n) => [n.id, n]));
    const moved = { ...d, nodes: d.nodes.map((n) => (n.id === 'gw1' ? { ...n, position: { x: 500, y: 60 } } : n)) };
    const second = cache.buildNodes(moved, marksByElement(validate(moved)), new Set(), previous);
    expect(second.find((n) => n.id === 'fe1')).toBe(previous.get('fe1'));
    expect(second.find((n) => n.id === 'gw1')).not.toBe(previous.get('gw1'));
    expect(second.find((n) => n.id === 'gw1')!.position).toEqual({ x: 500, y: 60 });
  });
});

describe('the site map', () => {
  it('leaves the cards out, bundles trunks between sites and counts what each site holds', () => {
    const d = doc({
      sites: [
        { id: 'hq', name: 'Redmond', kind: 'central', frame: { x: 0, y: 0, width: 800, height: 400 } },
        { id: 'dc2', name: 'Dublin', kind: 'central', frame: { x: 1000, y: 0, width: 800, height: 400 } },
      ],
      nodes: [frontEnd({ position: { x: 40, y: 60 } }), peer({ position: { x: 400, y: 60 } }), peer({ id: 'gw2', siteId: 'dc2', address: 'gw02.contoso.com', position: { x: 1100, y: 60 } })],
      trunks: [trunk(), trunk({ id: 't2', name: 'x', peerId: 'gw2', root: true }), trunk({ id: 't3', name: 'y', peerId: 'gw2', peerPort: 5068, root: false })],
    });
    const diagnostics = validate(d);
    const summaries = siteSummaries(d, diagnostics);
    expect(summaries.get('hq')).toMatchObject({ pools: 1, peers: 1, trunks: 3 });
    expect(summaries.get('dc2')).toMatchObject({ pools: 0, peers: 1, trunks: 2 });
    const cache = new FlowCache();
    const nodes = cache.buildNodes(d, marksByElement(diagnostics), new Set(), new Map(), 'site', summaries);
    expect(nodes.map((n) => n.id)).toEqual(['hq', 'dc2']);
    const edges = cache.buildEdges(d, marksByElement(diagnostics), new Set(), 'site');
    expect(edges.map((e) => [e.type, e.source, e.target, e.data])).toEqual([['bundle', 'hq', 'dc2', { trunks: 2 }]]);
  });
});
