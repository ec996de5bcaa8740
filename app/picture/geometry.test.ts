import { describe, expect, it } from 'vitest';
import { doc, frontEnd, mediationPool, peer, trunk, centralSite } from '../domain/testing/build.ts';
import { cardBox, floatingLine, labelBox, placeLabels, pointAt, siteBundles, trunkLanes, type Box, type Line } from './geometry.ts';

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Which side of the box the point lies on, or null when it is not on the border. */
function side(b: Box, x: number, y: number): 'left' | 'right' | 'top' | 'bottom' | null {
  const near = (u: number, v: number) => Math.abs(u - v) < 1e-6;
  if (near(x, b.x) && y >= b.y && y <= b.y + b.height) return 'left';
  if (near(x, b.x + b.width) && y >= b.y && y <= b.y + b.height) return 'right';
  if (near(y, b.y) && x >= b.x && x <= b.x + b.width) return 'top';
  if (near(y, b.y + b.height) && x >= b.x && x <= b.x + b.width) return 'bottom';
  return null;
}

describe('floatingLine', () => {
  const a = cardBox({ x: 0, y: 0 });
  it.each([
    [{ x: 600, y: 20 }, 'right', 'left'],
    [{ x: -600, y: -20 }, 'left', 'right'],
    [{ x: 10, y: 500 }, 'bottom', 'top'],
    [{ x: 30, y: -500 }, 'top', 'bottom'],
  ] as const)('leaves each card through the side facing the other (other card at %o)', (at, fromSide, toSide) => {
    const b = cardBox(at);
    const line = floatingLine(a, b);
    expect(side(a, line.x1, line.y1)).toBe(fromSide);
    expect(side(b, line.x2, line.y2)).toBe(toSide);
  });

  it('fans out trunks of one pair into parallel lanes that stay on the facing sides', () => {
    const b = cardBox({ x: 600, y: 0 });
    const lines = [0, 1, 2].map((lane) => floatingLine(a, b, lane, 3));
    const ys = lines.map((l) => l.y1);
    expect(new Set(ys).size).toBe(3);
    for (const l of lines) {
      expect(side(a, l.x1, l.y1)).toBe('right');
      expect(side(b, l.x2, l.y2)).toBe('left');
    }
  });
});

describe('trunkLanes and siteBundles', () => {
  const design = doc({
    sites: [centralSite('hq'), centralSite('dc2', 'Dublin')],
    nodes: [frontEnd(), mediationPool({ siteId: 'dc2' }), peer(), peer({ id: 'gw2', siteId: 'dc2', address: 'gw02.contoso.com' })],
    trunks: [trunk(), trunk({ id: 't2', name: 'b', peerPort: 5068 }), trunk({ id: 't3', name: 'c', mediationId: 'med1' }), trunk({ id: 't4', name: 'd', mediationId: 'med1', peerId: 'gw2' })],
  });
  it('numbers the trunks of one pair', () => {
    const lanes = trunkLanes(design.trunks);
    expect(lanes.get('t1')).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get('t2')).toEqual({ lane: 1, lanes: 2 });
    expect(lanes.get('t3')).toEqual({ lane: 0, lanes: 1 });
  });
  it('bundles the trunks between two sites, not those inside one', () => {
    expect(siteBundles(design)).toEqual([{ id: 'bundle:dc2:hq', from: 'dc2', to: 'hq', trunks: 1 }]);
  });
});

describe('placeLabels', () => {
  it('keeps the labels of crossing trunks apart and off the cards', () => {
    // Ten lines through one point: their labels at the same stop would all sit on each other.
    const lines: { id: string; line: Line; text: string }[] = [];
    for (let i = 0; i < 10; i++) {
      const angle = (i / 10) * Math.PI;
      lines.push({ id: `t${i}`, line: { x1: -400 * Math.cos(angle), y1: -400 * Math.sin(angle), x2: 400 * Math.cos(angle), y2: 400 * Math.sin(angle) }, text: 'TLS 5067→5068' });
    }
    const card = { x: -20, y: -20, width: 40, height: 40 };
    const stops = placeLabels(lines, [card]);
    const boxes = lines.map(({ id, line, text }) => {
      const p = pointAt(line, stops.get(id)!);
      return labelBox(p.x, p.y, text);
    });
    for (let i = 0; i < boxes.length; i++) {
      expect(overlap(boxes[i]!, card)).toBe(false);
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i} and ${j}`).toBe(false);
    }
  });
});
