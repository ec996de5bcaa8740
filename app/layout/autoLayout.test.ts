import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_SIZE } from '../domain/geometry.ts';
import type { Frame, Topology } from '../domain/model.ts';
import { parseTopologyText } from '../domain/parse.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { autoLayout, needsLayout } from './autoLayout.ts';

function example(name: string): Topology {
  const parsed = parseTopologyText(readFileSync(new URL(`../../../shared/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(name);
  return parsed.doc;
}

function stripped(doc: Topology): Topology {
  return {
    ...doc,
    sites: doc.sites.map(({ frame: _frame, ...site }) => site),
    nodes: doc.nodes.map(({ position: _position, ...node }) => node as Topology['nodes'][number]),
  };
}

const overlap = (a: Frame, b: Frame) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('autoLayout', () => {
  it('places every node inside its site frame, with frames apart, and the result parses', async () => {
    const doc = await autoLayout(stripped(example('fabrikam-medium')));
    expect(needsLayout(doc)).toBe(false);
    const frames = new Map(doc.sites.map((s) => [s.id, s.frame!]));
    for (const node of doc.nodes) {
      const frame = frames.get(node.siteId)!;
      const p = node.position!;
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(frame.x);
      expect(p.y).toBeGreaterThanOrEqual(frame.y);
      expect(p.x + NODE_SIZE.width).toBeLessThanOrEqual(frame.x + frame.width);
      expect(p.y + NODE_SIZE.height).toBeLessThanOrEqual(frame.y + frame.height);
    }
    const list = [...frames.values()];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) expect(overlap(list[i]!, list[j]!)).toBe(false);
    expect(parseTopologyText(serializeTopology(doc)).ok).toBe(true);
  });

  it('keeps what is already placed exactly where it is', async () => {
    const full = example('fabrikam-medium');
    const partial = { ...full, nodes: full.nodes.map((n, i) => (i % 2 ? (({ position: _p, ...rest }) => rest)(n) as typeof n : n)) };
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
      expect(node.position!.x + NODE_SIZE.width).toBeLessThanOrEqual(frame.x + frame.width);
      expect(node.position!.y + NODE_SIZE.height).toBeLessThanOrEqual(frame.y + frame.height);
    }
  });

  it('tells when a document needs layout', () => {
    expect(needsLayout(example('fabrikam-medium'))).toBe(false);
    expect(needsLayout(example('contoso-small'))).toBe(true);
    expect(needsLayout(stripped(example('fabrikam-medium')))).toBe(true);
  });
});
