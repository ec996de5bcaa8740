// Exporting the whole diagram (not just what is in view) as PNG or SVG with the design embedded,
// so the picture can be imported again. Follows React Flow's "download image" recipe: render the
// viewport element with a transform that fits every node into an image of our chosen size.
import { getViewportForBounds, type ReactFlowInstance, type Rect } from '@xyflow/react';
import { toBlob, toSvg } from 'html-to-image';
import { embedInPng, embedInSvg } from './imageEmbed.ts';

/** Space around the diagram, in image pixels. */
export const EXPORT_PADDING = 40;
/** Longest image side: beyond it the diagram is scaled down (canvas limits and memory). */
export const MAX_IMAGE_SIDE = 8000;
/** Size of the image of an empty canvas. */
const EMPTY_SIZE = { width: 400, height: 300 };

export interface ImageFrame {
  width: number;
  height: number;
  /** CSS transform placing flow coordinates into the image. */
  transform: string;
  zoom: number;
}

/**
 * The image size and transform for `bounds`: scale 1 plus padding, shrunk to fit `maxSide`.
 * Pure, so it is unit-tested without a browser.
 */
export function imageFrame(bounds: Rect, padding = EXPORT_PADDING, maxSide = MAX_IMAGE_SIDE): ImageFrame {
  if (!(bounds.width > 0 && bounds.height > 0)) {
    return { ...EMPTY_SIZE, transform: 'translate(0px, 0px) scale(1)', zoom: 1 };
  }
  const fullWidth = bounds.width + 2 * padding;
  const fullHeight = bounds.height + 2 * padding;
  const scale = Math.min(1, maxSide / Math.max(fullWidth, fullHeight));
  const width = Math.max(1, Math.round(fullWidth * scale));
  const height = Math.max(1, Math.round(fullHeight * scale));
  // minZoom is tiny so the library never clamps the scale we chose; maxZoom 1 keeps scale 1 at most.
  const viewport = getViewportForBounds(bounds, width, height, 1e-6, 1, `${Math.floor(padding * scale)}px`);
  return { width, height, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`, zoom: viewport.zoom };
}

function viewportElement(): HTMLElement {
  const element = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!element) throw new Error('The canvas is not on the page.');
  return element;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Shows details the canvas hides when zoomed out, for the duration of a capture; returns the undo. */
function revealZoomedOutDetails(): () => void {
  // The canvas hides labels and addresses at low zoom (a class on its container); an export is a
  // full-size picture, and html-to-image copies computed styles, so the class is lifted meanwhile.
  const hidden = Array.from(document.querySelectorAll('.canvas--zoomed-out'));
  for (const element of hidden) element.classList.remove('canvas--zoomed-out');
  return () => {
    for (const element of hidden) element.classList.add('canvas--zoomed-out');
  };
}

/**
 * Runs `capture` with every node in the DOM. Large designs render only what is in view
 * (onlyRenderVisibleElements), so the view is zoomed out to everything first and put back after.
 */
async function withWholeDiagramRendered<T>(flow: ReactFlowInstance, capture: () => Promise<T>): Promise<T> {
  const expected = flow.getNodes().filter((n) => !n.hidden).length;
  const rendered = () => viewportElement().querySelectorAll('.react-flow__node').length;
  const fullCapture = async () => {
    const restore = revealZoomedOutDetails();
    try {
      return await capture();
    } finally {
      restore();
    }
  };
  if (rendered() >= expected) return fullCapture();
  const saved = flow.getViewport();
  try {
    await flow.fitView({ padding: 0, duration: 0 });
    // React renders the newly visible nodes, then React Flow measures them: wait until all are there.
    for (let i = 0; i < 30 && rendered() < expected; i++) await nextFrame();
    await nextFrame();
    return await fullCapture();
  } finally {
    await flow.setViewport(saved, { duration: 0 });
  }
}

/**
 * The page's own style rules as one stylesheet. html-to-image inlines computed styles on HTML
 * elements but copies <svg> subtrees as they are, so the trunk lines (stroked by CSS classes)
 * would come out invisible; the rules, placed inside the image, style them again. The theme's
 * colours arrive through the custom properties inlined on the HTML ancestors.
 */
function documentCss(): string {
  const parts: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) parts.push(rule.cssText);
    } catch {
      // A cross-origin sheet cannot be read; the app has none, and an extension's sheet is not ours to copy.
    }
  }
  return parts.join('\n');
}

function backgroundOf(explicit: string | undefined): string {
  if (explicit) return explicit;
  // The theme's canvas colour, so a dark-mode export does not come out with dark text on white.
  const canvas = document.querySelector<HTMLElement>('.react-flow');
  const colour = canvas ? getComputedStyle(canvas).backgroundColor : '';
  return colour && colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent' ? colour : '#ffffff';
}

function renderOptions(frame: ImageFrame, backgroundColor: string, css: string) {
  return {
    width: frame.width,
    height: frame.height,
    backgroundColor,
    // One image pixel per CSS pixel: the size computed above is the size delivered.
    pixelRatio: 1,
    // The app uses system fonts only; embedding would fetch stylesheets for nothing.
    skipFonts: true,
    // html-to-image puts this text in a <style> at the top of the image: the only hook it offers.
    fontEmbedCSS: css,
    style: {
      width: `${frame.width}px`,
      height: `${frame.height}px`,
      transform: frame.transform,
    },
  };
}

function frameFor(flow: ReactFlowInstance): ImageFrame {
  // The instance's getNodesBounds uses measured sizes and resolves parent-relative positions.
  return imageFrame(flow.getNodesBounds(flow.getNodes()));
}

/** A PNG of the whole diagram with `json` embedded. */
export async function exportPng(flow: ReactFlowInstance, json: string, backgroundColor?: string): Promise<Blob> {
  return withWholeDiagramRendered(flow, async () => {
    const frame = frameFor(flow);
    const blob = await toBlob(viewportElement(), renderOptions(frame, backgroundOf(backgroundColor), documentCss()));
    if (!blob) throw new Error('The browser could not draw the image.');
    const png = embedInPng(new Uint8Array(await blob.arrayBuffer()), json);
    return new Blob([png], { type: 'image/png' });
  });
}

/** An SVG of the whole diagram with `json` embedded. */
export async function exportSvg(flow: ReactFlowInstance, json: string, backgroundColor?: string): Promise<Blob> {
  return withWholeDiagramRendered(flow, async () => {
    const frame = frameFor(flow);
    const dataUrl = await toSvg(viewportElement(), renderOptions(frame, backgroundOf(backgroundColor), documentCss()));
    // html-to-image returns "data:image/svg+xml;charset=utf-8,<percent-encoded markup>".
    const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
    return new Blob([embedInSvg(svg, json)], { type: 'image/svg+xml' });
  });
}
