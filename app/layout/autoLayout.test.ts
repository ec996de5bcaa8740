import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAME_HEADER, NODE_SIZE, documentBounds } from '../domain/geometry.ts';
import type { Frame, Topology, TopologyNode } from '../domain/model.ts';
import { parseTopologyText } from '../domain/parse.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { branchSite, centralSite, doc as docOf, mediationPool, peer, trunk } from '../domain/testing/build.ts';
import { ELK_LIMITS, autoLayout, freeSpot, needsLayout } from './autoLayout.ts';

function example(name: string): Topology {
  const parsed = parseTopologyText(readFileSync(new URL(`../../../shared/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.doc;
}

function withoutPosition(node: TopologyNode): TopologyNode {
  const { position: _position, ...rest } = node;
  return rest as TopologyNode;
}

function stripped(doc: Topology): Topology {
  return {
    ...doc,
    sites: doc.sites.map(({ frame: _frame, ...site }) => site),
    nodes: doc.nodes.map(withoutPosition),
  };
}

const overlap = (a: Frame, b: Frame) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const card = (node: TopologyNode): Frame => ({ ...node.position!, ...NODE_SIZE });

/** Every node on whole pixels inside its site's frame, below the title; frames and cards apart; the document parses. */
function expectDrawn(doc: Topology): void {
  expect(needsLayout(doc)).toBe(false);
  const frames = new Map(doc.sites.map((s) => [s.id, s.frame!]));
  for (const frame of frames.values()) expect(Object.values(frame).every(Number.isInteger)).toBe(true);
  for (const node of doc.nodes) {
    const frame = frames.get(node.siteId)!;
    const p = node.position!;
    expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
    expect(p.x).toBeGreaterThanOrEqual(frame.x);
    expect(p.y).toBeGreaterThanOrEqual(frame.y + FRAME_HEADER);
    expect(p.x + NODE_SIZE.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(p.y + NODE_SIZE.height).toBeLessThanOrEqual(frame.y + frame.height);
  }
  const list = [...frames.values()];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) expect(overlap(list[i]!, list[j]!), `${doc.sites[i]!.id} / ${doc.sites[j]!.id}`).toBe(false);
  const cards = doc.nodes.map(card);
  // Plain comparisons, one expect: thousands of cards make millions of pairs.
  const overlapping: string[] = [];
  for (let i = 0; i < cards.length; i++) for (let j = i + 1; j < cards.length; j++) if (overlap(cards[i]!, cards[j]!)) overlapping.push(`${doc.nodes[i]!.id} / ${doc.nodes[j]!.id}`);
  expect(overlapping).toEqual([]);
  const parsed = parseTopologyText(serializeTopology(doc));
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
}

describe('needsLayout', () => {
  it('is true when a node has no position or a site no frame', () => {
    const full = example('fabrikam-medium');
    expect(needsLayout(full)).toBe(false);
    expect(needsLayout(example('contoso-small'))).toBe(true); // positions, but no frame
    expect(needsLayout(stripped(full))).toBe(true);
    expect(needsLayout({ ...full, nodes: [withoutPosition(full.nodes[0]!), ...full.nodes.slice(1)] })).toBe(true);
    expect(needsLayout({ ...full, sites: [{ ...full.sites[0]!, frame: undefined }, ...full.sites.slice(1)] })).toBe(true);
    expect(needsLayout({ ...full, sites: [], nodes: [], trunks: [] })).toBe(false);
  });
});

// ELK is slow on a busy machine: the default five seconds are not enough for the larger examples.
describe('autoLayout', { timeout: 60_000 }, () => {
  it('draws a document with no positions or frames: cards inside their frames, frames apart, and it parses', async () => {
    const doc = await autoLayout(stripped(example('fabrikam-medium')));
    expectDrawn(doc);
    // Trunks run left to right: each mediation endpoint stands left of the peers it serves.
    const x = new Map(doc.nodes.map((n) => [n.id, n.position!.x]));
    for (const t of doc.trunks) expect(x.get(t.mediationId)!).toBeLessThan(x.get(t.peerId)!);
  });

  it('draws the large example too, roughly in a screen shape', async () => {
    const doc = await autoLayout(stripped(example('global-large')));
    expectDrawn(doc);
    const bounds = documentBounds(doc)!;
    expect(bounds.width / bounds.height).toBeGreaterThan(0.8);
    expect(bounds.width / bounds.height).toBeLessThan(3);
  });

  it('keeps what is already placed exactly where it is', async () => {
    const full = example('fabrikam-medium');
    const partial = { ...full, nodes: full.nodes.map((n, i) => (i % 2 ? withoutPosition(n) : n)) };
    const doc = await autoLayout(partial);
    full.nodes.forEach((n, i) => {
      if (i % 2 === 0) expect(doc.nodes[i]!.position).toEqual(n.position);
      else expect(doc.nodes[i]!.position).toBeDefined();
    });
    // A frame may grow to hold newly placed cards, never shrink or move away from what it held.
    doc.sites.forEach((site, i) => {
      const before = full.sites[i]!.frame!;
      const after = site.frame!;
      expect(after.x).toBeLessThanOrEqual(before.x);
      expect(after.y).toBeLessThanOrEqual(before.y);
      expect(after.x + after.width).toBeGreaterThanOrEqual(before.x + before.width);
      expect(after.y + after.height).toBeGreaterThanOrEqual(before.y + before.height);
    });
    for (const node of doc.nodes) {
      const frame = doc.sites.find((s) => s.id === node.siteId)!.frame!;
      expect(node.position!.x).toBeGreaterThanOrEqual(frame.x);
      expect(node.position!.y).toBeGreaterThanOrEqual(frame.y + FRAME_HEADER);
      expect(node.position!.x + NODE_SIZE.width).toBeLessThanOrEqual(frame.x + frame.width);
      expect(node.position!.y + NODE_SIZE.height).toBeLessThanOrEqual(frame.y + frame.height);
    }
    expect(parseTopologyText(serializeTopology(doc)).ok).toBe(true);
  });

  it('fills free room in a frame without growing it, and leaves untouched elements as they were', async () => {
    const base = example('contoso-small');
    const framed: Topology = { ...base, sites: [{ ...base.sites[0]!, frame: { x: -40, y: -156, width: 1200, height: 600 } }] };
    const added = peer({ id: 'gw9', siteId: 'hq', address: 'gw09.contoso.com' });
    const input = { ...framed, nodes: [...framed.nodes, added], trunks: [...framed.trunks, trunk({ id: 't9', name: 'gw09', peerId: 'gw9', root: true })] };
    const doc = await autoLayout(input);
    expect(doc.sites[0]).toBe(input.sites[0]);
    input.nodes.slice(0, -1).forEach((n, i) => expect(doc.nodes[i]).toBe(n));
    expectDrawn(doc);
  });

  it('puts new sites beside the existing drawing, never on it', async () => {
    const full = example('fabrikam-medium');
    const before = documentBounds(full)!;
    const lyon = branchSite('lyon', 'c1', 'Lyon');
    const gateways = [peer({ id: 'lyon-gw1', siteId: 'lyon', address: 'gw01.lyon.fabrikam.com' }), peer({ id: 'lyon-gw2', siteId: 'lyon', address: 'gw02.lyon.fabrikam.com' })];
    const empty = { id: 'empty', name: 'Empty', kind: 'central' as const };
    const input: Topology = {
      ...full,
      sites: [...full.sites, lyon, empty],
      nodes: [...full.nodes, ...gateways],
      trunks: [...full.trunks, trunk({ id: 'lyon-t1', name: 'lyon-1', mediationId: 'c1-med', peerId: 'lyon-gw1' }), trunk({ id: 'lyon-t2', name: 'lyon-2', mediationId: 'c1-med', peerId: 'lyon-gw2' })],
    };
    const doc = await autoLayout(input);
    full.sites.forEach((site, i) => expect(doc.sites[i]).toBe(input.sites[i]));
    full.nodes.forEach((node, i) => expect(doc.nodes[i]).toBe(input.nodes[i]));
    for (const id of ['lyon', 'empty']) expect(overlap(doc.sites.find((s) => s.id === id)!.frame!, before)).toBe(false);
    // An empty site still gets a frame that can take a card.
    const emptyFrame = doc.sites.find((s) => s.id === 'empty')!.frame!;
    expect(emptyFrame.width).toBeGreaterThanOrEqual(NODE_SIZE.width);
    expect(emptyFrame.height).toBeGreaterThanOrEqual(NODE_SIZE.height + FRAME_HEADER);
    expectDrawn(doc);
  });

  it('frames a site whose cards are placed but which has no frame', async () => {
    const base = example('contoso-small');
    const input = { ...base, nodes: base.nodes.map((n, i) => (i === 2 ? withoutPosition(n) : n)) };
    const doc = await autoLayout(input);
    expect(doc.nodes[0]!.position).toEqual(base.nodes[0]!.position);
    expect(doc.nodes[1]!.position).toEqual(base.nodes[1]!.position);
    expectDrawn(doc);
  });

  it('lays everything out again with all, where the drawing was, the same way each time', async () => {
    const full = example('fabrikam-medium');
    const doc = await autoLayout(full, { all: true });
    expectDrawn(doc);
    const [a, b] = [documentBounds(full)!, documentBounds(doc)!];
    expect([b.x, b.y]).toEqual([a.x, a.y]);
    expect(await autoLayout(full, { all: true })).toEqual(doc);
    expect(await autoLayout(stripped(full))).toEqual(await autoLayout(stripped(full)));
  });

  it('returns the document itself when there is nothing to do', async () => {
    const full = example('fabrikam-medium');
    expect(await autoLayout(full)).toBe(full);
  });
});

/** The search placeInFrame used to run: every pair of candidate x and y, in order, each checked against every card. */
function bruteFreeSpot(content: Frame, cards: readonly Frame[], size: { width: number; height: number }) {
  const gap = 40;
  const hits = (a: Frame, b: Frame) => a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
  const xs = [content.x, ...cards.map((r) => r.x + r.width + gap)];
  const ys = [content.y, ...cards.map((r) => r.y + r.height + gap)];
  const candidates = ys.flatMap((y) => xs.map((x) => ({ x, y }))).sort((a, b) => a.y - b.y || a.x - b.x);
  return (
    candidates.find((o) => {
      const rect = { ...o, ...size };
      return rect.x >= content.x && rect.y >= content.y && rect.x + rect.width <= content.x + content.width && rect.y + rect.height <= content.y + content.height && !cards.some((r) => hits(r, rect));
    }) ?? null
  );
}

/** `count` peers without positions in one site, all trunked to one Mediation pool without a position. */
function starWithoutPositions(count: number): Topology {
  const { position: _p, ...pool } = mediationPool({ id: 'm', nextHopId: null });
  const peers = Array.from({ length: count }, (_, i) => peer({ id: `p${i}`, address: `gw${i}.contoso.com` }));
  return docOf({ sites: [centralSite()], nodes: [pool, ...peers], trunks: peers.map((p, i) => trunk({ id: `t${i}`, name: `t${i}`, mediationId: 'm', peerId: p.id })) });
}

describe('autoLayout on hostile or large designs (issue 12)', { timeout: 60_000 }, () => {
  it('finds the same free spot as the all-pairs search did, without building every pair', () => {
    const cardArb = fc.record({ x: fc.integer({ min: 0, max: 1200 }), y: fc.integer({ min: 0, max: 900 }) }).map((p) => ({ ...p, ...NODE_SIZE }));
    fc.assert(
      fc.property(fc.array(cardArb, { maxLength: 25 }), fc.integer({ min: 50, max: 700 }), fc.integer({ min: 50, max: 500 }), (cards, width, height) => {
        const content = { x: 0, y: 0, width: 1400, height: 1000 };
        expect(freeSpot(content, cards, { width, height })).toEqual(bruteFreeSpot(content, cards, { width, height }));
      }),
      { numRuns: 300 },
    );
  });

  it('places one new card in a site crowded with placed cards (the 13 KB link, scaled down)', async () => {
    // Cards in a tight diagonal staircase: no two share a line, which made the old search build n² candidates.
    const count = 300;
    const placed = Array.from({ length: count }, (_, i) => peer({ id: `p${i}`, address: `gw${i}.contoso.com`, position: { x: (i % 30) * 241, y: Math.floor(i / 30) * 117 + (i % 30) } }));
    const site = { ...centralSite(), frame: { x: -40, y: -76, width: 30 * 241 + 80, height: 10 * 117 + 200 } };
    const extra = peer({ id: 'new', address: 'gw-new.contoso.com' });
    const input = docOf({ sites: [site], nodes: [...placed, extra] });
    const out = await autoLayout(input);
    placed.forEach((n, i) => expect(out.nodes[i]!.position).toEqual(n.position));
    expectDrawn(out);
  });

  it(`draws a design over ELK's limits (${ELK_LIMITS.nodes + 500} peers on one pool) with the quick columns, trunks left to right`, async () => {
    const input = starWithoutPositions(ELK_LIMITS.nodes + 500);
    const out = await autoLayout(input);
    expectDrawn(out);
    const x = new Map(out.nodes.map((n) => [n.id, n.position!.x]));
    for (const t of out.trunks) expect(x.get(t.mediationId)!).toBeLessThan(x.get(t.peerId)!);
    const bounds = documentBounds(out)!;
    expect(bounds.width / bounds.height).toBeGreaterThan(0.5);
    expect(bounds.width / bounds.height).toBeLessThan(4);
  });

  it('reports progress part by part, and stops when cancelled', async () => {
    const full = example('fabrikam-medium');
    const steps: [number, number][] = [];
    await autoLayout(stripped(full), { onProgress: (done, total) => steps.push([done, total]) });
    expect(steps.length).toBeGreaterThan(0);
    steps.forEach(([done, total], i) => expect([done, total]).toEqual([i + 1, steps[0]![1]]));
    const controller = new AbortController();
    const cancelled = autoLayout(stripped(full), { signal: controller.signal, onProgress: () => controller.abort(new Error('cancelled')) });
    await expect(cancelled).rejects.toThrow('cancelled');
  });
});
