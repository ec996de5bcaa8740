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

/** A slice of work between two turns of the browser: well under the 200 ms that makes a page feel frozen. */
const SLICE_MS = 50;

/** Runs `steps` to its end, giving the browser a turn (nextTask) whenever a slice of them has taken SLICE_MS. */
export async function inSlices<T>(steps: Generator<void, T, void>): Promise<T> {
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started > SLICE_MS) {
      await nextTask();
      started = performance.now();
    }
  }
}
