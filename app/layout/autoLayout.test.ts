import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAME_HEADER, NODE_SIZE, documentBounds } from '../domain/geometry.ts';
import type { Frame, Topology, TopologyNode } from '../domain/model.ts';
import { parseTopologyText } from '../domain/parse.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { branchSite, peer, trunk } from '../domain/testing/build.ts';
import { autoLayout, needsLayout } from './autoLayout.ts';

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
  for (let i = 0; i < cards.length; i++) for (let j = i + 1; j < cards.length; j++) expect(overlap(cards[i]!, cards[j]!)).toBe(false);
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

describe('autoLayout', () => {
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
