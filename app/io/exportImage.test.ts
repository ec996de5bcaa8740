import { describe, expect, it } from 'vitest';
import { parseTopologyText } from '../domain/parse.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { doc, frontEnd, centralSite } from '../domain/testing/build.ts';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, rasterScale, svgPicture } from './exportImage.ts';
import { extractFromSvg } from './imageEmbed.ts';

describe('rasterScale', () => {
  it('keeps a picture that fits at full size', () => {
    expect(rasterScale(1000, 600)).toBe(1);
  });
  it('scales a huge picture down under both the side and the pixel limits', () => {
    for (const [w, h] of [
      [40_000, 1_000],
      [6_000, 6_000],
      [100_000, 100_000],
    ] as const) {
      const s = rasterScale(w, h);
      expect(s).toBeLessThan(1);
      expect(Math.max(w, h) * s).toBeLessThanOrEqual(MAX_IMAGE_SIDE + 1e-6);
      expect(w * s * h * s).toBeLessThanOrEqual(MAX_IMAGE_PIXELS * (1 + 1e-9));
    }
  });
  it('gives 1 for an empty picture', () => {
    expect(rasterScale(0, 0)).toBe(1);
  });
});

describe('svgPicture', () => {
  it('carries the design, which reads back to the same document', () => {
    const design = doc({ sites: [{ ...centralSite(), frame: { x: 0, y: 0, width: 400, height: 300 } }], nodes: [frontEnd({ position: { x: 40, y: 80 }, label: '</metadata><b>' })] });
    const json = serializeTopology(design);
    const back = extractFromSvg(svgPicture(design, json));
    expect(back).toBe(json);
    const parsed = parseTopologyText(back!);
    expect(parsed.ok && serializeTopology(parsed.doc)).toBe(json);
  });
});
