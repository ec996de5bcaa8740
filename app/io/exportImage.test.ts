import { describe, expect, it } from 'vitest';
import { EXPORT_PADDING, MAX_IMAGE_SIDE, imageFrame } from './exportImage.ts';

/** Where a flow point lands in the image under the frame's transform. */
function place(frame: ReturnType<typeof imageFrame>, x: number, y: number): [number, number] {
  const m = /translate\((-?[\d.e+-]+)px, (-?[\d.e+-]+)px\) scale\(([\d.e+-]+)\)/.exec(frame.transform)!;
  const [tx, ty, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return [tx + x * zoom, ty + y * zoom];
}

describe('imageFrame', () => {
  it('draws at scale 1 with the padding around the diagram', () => {
    const frame = imageFrame({ x: -100, y: 50, width: 1000, height: 600 });
    expect(frame).toMatchObject({ width: 1000 + 2 * EXPORT_PADDING, height: 600 + 2 * EXPORT_PADDING, zoom: 1 });
    expect(place(frame, -100, 50)).toEqual([EXPORT_PADDING, EXPORT_PADDING]);
    expect(place(frame, 900, 650)).toEqual([1000 + EXPORT_PADDING, 600 + EXPORT_PADDING]);
  });

  it('scales a huge diagram down to the longest side allowed, keeping it whole', () => {
    const bounds = { x: 0, y: 0, width: 40_000, height: 10_000 };
    const frame = imageFrame(bounds);
    expect(Math.max(frame.width, frame.height)).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(frame.zoom).toBeLessThan(0.2);
    const [left, top] = place(frame, 0, 0);
    const [right, bottom] = place(frame, 40_000, 10_000);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(frame.width);
    expect(bottom).toBeLessThanOrEqual(frame.height);
  });

  it('gives a small blank image for an empty canvas', () => {
    expect(imageFrame({ x: 0, y: 0, width: 0, height: 0 })).toMatchObject({ width: 400, height: 300 });
  });
});
