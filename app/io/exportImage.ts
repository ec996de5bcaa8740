// Exporting the whole design as SVG or PNG with the design embedded, so the picture can be imported
// again. Both are drawn from the model (app/picture), not copied from the page: the SVG is the
// picture itself, the PNG is that SVG rasterized by the browser (an Image drawn on a canvas).
import type { Topology } from '../domain/model.ts';
import { drawDesign, type PictureOptions } from '../picture/svg.ts';
import { embedInPng, embedInSvg } from './imageEmbed.ts';

/**
 * The picture code, for the design report of Export for Lync (app/ui/dialogs/HandoffDialog.tsx): reached
 * through this module, so that the picture code stays in one chunk loaded on demand.
 */
export { drawDesign };

/** Longest PNG side: browsers refuse larger canvases (Chromium 32,767, Firefox and Safari less). */
export const MAX_IMAGE_SIDE = 16_384;
/**
 * Most PNG pixels: 2²³ (8.4 million, e.g. 2,896²). The browser's PNG encoding takes time in proportion
 * to the pixels (at 4,096², 16.7 million, Northwind's PNG took 1.6 s on an idle machine); at this cap
 * Northwind is drawn at 55 %, where a card's 13-pixel name is still 7 pixels high, the size the canvas
 * holds readable (lod.ts, READABLE_PX).
 */
export const MAX_IMAGE_PIXELS = 2 ** 23;

/** The SVG picture of `doc` with `json` embedded. Pure: also used by `npm run render`. */
export function svgPicture(doc: Topology, json: string, options: PictureOptions = {}): string {
  return embedInSvg(drawDesign(doc, options).svg, json);
}

export function exportSvg(doc: Topology, json: string, options: PictureOptions = {}): Blob {
  return new Blob([svgPicture(doc, json, options)], { type: 'image/svg+xml' });
}

/**
 * The scale a picture of `width` × `height` is rasterized at: 1, or less so that the canvas stays
 * within the browser's limits. Pure, so it is unit-tested without a browser.
 */
export function rasterScale(width: number, height: number, maxSide = MAX_IMAGE_SIDE, maxPixels = MAX_IMAGE_PIXELS): number {
  if (!(width > 0 && height > 0)) return 1;
  return Math.min(1, maxSide / width, maxSide / height, Math.sqrt(maxPixels / (width * height)));
}

export interface PngExport {
  blob: Blob;
  /** Below 1 when the design was too large for one canvas at full size and was scaled down. */
  scale: number;
}

async function loadImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    // decode() resolves once the image holds its pixels: the URL is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** The canvas encoded as PNG in png.worker.ts; null where there is no such worker (then the page encodes it). */
async function encodeInWorker(canvas: HTMLCanvasElement): Promise<Blob | null> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  const bitmap = await createImageBitmap(canvas);
  const worker = new Worker(new URL('./png.worker.ts', import.meta.url), { type: 'module', name: 'trunkline-png' });
  try {
    return await new Promise<Blob | null>((resolve) => {
      worker.onmessage = (event: MessageEvent<Blob | null>) => resolve(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        resolve(null);
      };
      worker.postMessage(bitmap, [bitmap]);
    });
  } finally {
    worker.terminate();
  }
}

/** A PNG of the whole design with `json` embedded; large designs are scaled down to fit a canvas. */
export async function exportPng(doc: Topology, json: string, options: PictureOptions = {}): Promise<PngExport> {
  const picture = drawDesign(doc, options);
  const scale = rasterScale(picture.width, picture.height);
  const width = Math.max(1, Math.floor(picture.width * scale));
  const height = Math.max(1, Math.floor(picture.height * scale));
  const image = await loadImage(picture.svg);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not draw the image.');
  context.drawImage(image, 0, 0, width, height);
  const blob = (await encodeInWorker(canvas)) ?? (await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png')));
  if (!blob) throw new Error('The browser could not draw the image.');
  const png = embedInPng(new Uint8Array(await blob.arrayBuffer()), json);
  return { blob: new Blob([png], { type: 'image/png' }), scale };
}
