import { describe, expect, it } from 'vitest';
import { NODE_SIZE } from '../domain/geometry.ts';
import { doc, frontEnd, peer } from '../domain/testing/build.ts';
import { freeSpot } from './placement.ts';

describe('freeSpot', () => {
  it('keeps the centre when it is free', () => {
    expect(freeSpot(doc({ nodes: [] }), { x: 500, y: 300 }, 'node')).toEqual({ x: 500, y: 300 });
  });

  it('moves a new card off the cards already at the centre, to the nearest free spot', () => {
    const center = { x: 500, y: 300 };
    const at = { x: center.x - NODE_SIZE.width / 2, y: center.y - NODE_SIZE.height / 2 };
    const d = doc({ nodes: [frontEnd({ position: at })] });
    const spot = freeSpot(d, center, 'node');
    expect(spot).not.toEqual(center);
    const box = { x: spot.x - NODE_SIZE.width / 2, y: spot.y - NODE_SIZE.height / 2 };
    const apart = Math.abs(box.x - at.x) >= NODE_SIZE.width || Math.abs(box.y - at.y) >= NODE_SIZE.height;
    expect(apart).toBe(true);
    // A third card goes elsewhere again.
    const d2 = doc({ nodes: [frontEnd({ position: at }), peer({ position: box })] });
    const third = freeSpot(d2, center, 'node');
    expect([center, spot]).not.toContainEqual(third);
  });
});
