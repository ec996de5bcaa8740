// A large design: from this size the designer spreads heavy steps (checking, drawing, mounting the canvas)
// over tasks of their own, so that none blocks the page for long (issue 12), and the canvas renders only
// what is in view.
import type { Topology } from '../domain/model.ts';

export const LARGE_DESIGN = 300;

export function isLargeDesign(doc: Topology): boolean {
  return doc.nodes.length > LARGE_DESIGN;
}

/** Resolves in a later task: the browser may paint and handle input in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
