import { describe, expect, it } from 'vitest';
import { FIT_MARGIN, MINIMAP_RESERVE, fitViewport } from './viewport.ts';
import { detailAt } from './lod.ts';

const onScreen = (v: { x: number; y: number; zoom: number }, x: number, y: number) => ({ x: v.x + x * v.zoom, y: v.y + y * v.zoom });

describe('fitViewport', () => {
  it('fills the pane with a small margin', () => {
    const bounds = { x: 100, y: 50, width: 4000, height: 1000 };
    const v = fitViewport(bounds, 900, 600, null);
    const tl = onScreen(v, 100, 50);
    const br = onScreen(v, 4100, 1050);
    expect(tl.x).toBeCloseTo(FIT_MARGIN);
    expect(br.x).toBeCloseTo(900 - FIT_MARGIN);
    expect(tl.y).toBeGreaterThanOrEqual(FIT_MARGIN);
    expect(br.y).toBeLessThanOrEqual(600 - FIT_MARGIN);
  });

  it('keeps the design out of the minimap corner', () => {
    for (const bounds of [
      { x: 0, y: 0, width: 4855, height: 5500 },
      { x: 0, y: 0, width: 2860, height: 820 },
    ]) {
      const v = fitViewport(bounds, 880, 620, MINIMAP_RESERVE);
      const br = onScreen(v, bounds.width, bounds.height);
      const clearOfMinimap = br.x <= 880 - MINIMAP_RESERVE.width + 1e-6 || br.y <= 620 - MINIMAP_RESERVE.height + 1e-6;
      expect(clearOfMinimap).toBe(true);
    }
  });

  it('never zooms a small design beyond 100 %', () => {
    expect(fitViewport({ x: 0, y: 0, width: 200, height: 76 }, 900, 600, null).zoom).toBe(1);
  });
});

describe('detailAt', () => {
  it('draws full cards close up, blocks further out, and sites furthest out', () => {
    expect(detailAt(1)).toBe('full');
    expect(detailAt(0.6)).toBe('full');
    expect(detailAt(0.5)).toBe('block');
    expect(detailAt(0.3)).toBe('block');
    expect(detailAt(0.2)).toBe('site');
  });
});
