// Fitting the whole design into the canvas: a small margin all round, and, while the minimap shows,
// outside the minimap's corner, so that it never covers the design at first view.
import type { Box } from '../../picture/geometry.ts';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Screen pixels left around the design by Fit view. */
export const FIT_MARGIN = 24;
/** React Flow's minimap: its default size and its distance from the canvas corner. */
export const MINIMAP_RESERVE = { width: 200 + 15, height: 150 + 15 } as const;
export const MIN_ZOOM = 0.02;
export const MAX_FIT_ZOOM = 1;

/**
 * The viewport showing `bounds` as large as possible in a pane of `width` × `height`, `margin`
 * pixels from its edges, not under a corner of `reserve` (bottom right) when given. Pure.
 */
export function fitViewport(bounds: Box | null, width: number, height: number, reserve: { width: number; height: number } | null, margin = FIT_MARGIN): Viewport {
  if (!bounds || !(width > 0 && height > 0)) return { x: 0, y: 0, zoom: 1 };
  // Either beside the minimap (narrower) or above it (shorter): whichever shows the design larger.
  const regions = reserve ? [{ w: width - reserve.width, h: height }, { w: width, h: height - reserve.height }] : [{ w: width, h: height }];
  let best: Viewport = { x: 0, y: 0, zoom: 0 };
  for (const { w, h } of regions) {
    const zoomX = (w - 2 * margin) / Math.max(bounds.width, 1);
    const zoomY = (h - 2 * margin) / Math.max(bounds.height, 1);
    const zoom = Math.max(MIN_ZOOM, Math.min(zoomX, zoomY, MAX_FIT_ZOOM));
    if (zoom > best.zoom) {
      best = { zoom, x: (w - bounds.width * zoom) / 2 - bounds.x * zoom, y: (h - bounds.height * zoom) / 2 - bounds.y * zoom };
    }
  }
  return best;
}
