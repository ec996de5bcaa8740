import { describe, expect, it } from 'vitest';
import { admit, original } from './admit.ts';
import type { FlowNode } from './toFlow.ts';

const card = (id: string, x: number, extra: Partial<FlowNode> = {}) => ({ id, type: 'pstnGateway', position: { x, y: 0 }, initialWidth: 200, initialHeight: 76, data: {}, ...extra }) as unknown as FlowNode;

describe('admit', () => {
  it('gives every node at once when they fit in one slice', () => {
    const nodes = [card('a', 0), card('b', 300)];
    const result = admit(nodes, new Set(), null, 5);
    expect(result.nodes).toBe(nodes);
    expect([...result.shown]).toEqual(['a', 'b']);
    expect(result.withheld).toBe(0);
  });

  it('withholds what is over the slice, hidden, and admits it on the next call', () => {
    const nodes = [card('a', 0), card('b', 300), card('c', 600)];
    const first = admit(nodes, new Set(), null, 2);
    expect(first.nodes.map((n) => [n.id, n.hidden ?? false])).toEqual([['a', false], ['b', false], ['c', true]]);
    expect(first.withheld).toBe(1);
    expect(original(first.nodes[2]!)).toBe(nodes[2]);
    // The same hidden copy while the node is unchanged: React Flow keeps its entry.
    expect(admit(nodes, new Set(), null, 2).nodes[2]).toBe(first.nodes[2]);
    const second = admit(nodes, first.shown, null, 2);
    expect(second.nodes.every((n) => !n.hidden)).toBe(true);
    expect(second.withheld).toBe(0);
  });

  it('admits what is in view first', () => {
    const nodes = [card('far', 5000), card('near', 0), card('farther', 9000)];
    const result = admit(nodes, new Set(), { x: -100, y: -100, width: 500, height: 500 }, 1);
    expect(result.nodes.filter((n) => !n.hidden).map((n) => n.id)).toEqual(['near']);
    expect(result.withheld).toBe(2);
  });

  it('leaves nodes hidden for their own reasons out of the count, and forgets them', () => {
    const nodes = [card('a', 0, { hidden: true }), card('b', 300)];
    const result = admit(nodes, new Set(['a']), null, 1);
    expect([...result.shown]).toEqual(['b']);
    expect(result.nodes[0]).toBe(nodes[0]);
  });
});
