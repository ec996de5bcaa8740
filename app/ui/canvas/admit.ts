// Nodes reach React Flow in slices: a design opened whole (or zoomed into from the site map) would
// otherwise mount every node it shows, and every minimap mark, in one task: seconds of frozen page for
// thousands of nodes. Each slice is one short task; what is in view comes first.
import type { FlowNode } from './toFlow.ts';

/**
 * How many nodes React Flow meets per task. With 80, a slice of the site map of 10,000 nodes (1,000 blocks)
 * took up to 230 ms on this machine, React Flow's store passes over every block at each slice; with 40 the
 * longest task of any door was 148 ms, and the 1,000-node design was drawn whole sooner (bench/mainThread.ts).
 */
export const MOUNT_SLICE = 40;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Admission {
  nodes: FlowNode[];
  /** The ids React Flow now shows (not hidden): the next call's `shown`. */
  shown: Set<string>;
  /** How many nodes wait for a later slice. */
  withheld: number;
}

function size(node: FlowNode): { width: number; height: number } {
  return { width: node.measured?.width ?? node.width ?? node.initialWidth ?? 0, height: node.measured?.height ?? node.height ?? node.initialHeight ?? 0 };
}

function overlaps(node: FlowNode, view: Box): boolean {
  const { width, height } = size(node);
  return node.position.x < view.x + view.width && node.position.x + width > view.x && node.position.y < view.y + view.height && node.position.y + height > view.y;
}

// A withheld node is the same hidden copy while its original is unchanged, so React Flow keeps its entry.
const withheldCopies = new WeakMap<FlowNode, FlowNode>();
const originals = new WeakMap<FlowNode, FlowNode>();

function withheldCopy(node: FlowNode): FlowNode {
  let copy = withheldCopies.get(node);
  if (!copy) {
    copy = { ...node, hidden: true } as FlowNode;
    withheldCopies.set(node, copy);
    originals.set(copy, node);
  }
  return copy;
}

/** The node a withheld copy stands for (any other node is its own): what the next build compares with. */
export function original(node: FlowNode): FlowNode {
  return originals.get(node) ?? node;
}

/**
 * The nodes to give React Flow now: those it already shows, and at most `slice` more (those in `view`
 * first, then in document order); the others hidden until a later call. One pass, and a second over
 * what waits.
 */
export function admit(nodes: readonly FlowNode[], shown: ReadonlySet<string>, view: Box | null, slice = MOUNT_SLICE): Admission {
  const next = new Set<string>();
  const waiting: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.hidden) continue;
    if (shown.has(node.id)) next.add(node.id);
    else waiting.push(i);
  }
  if (waiting.length <= slice) {
    for (const i of waiting) next.add(nodes[i]!.id);
    return { nodes: nodes as FlowNode[], shown: next, withheld: 0 };
  }
  const chosen = new Set<number>();
  if (view) for (const i of waiting) if (chosen.size < slice && overlaps(nodes[i]!, view)) chosen.add(i);
  for (const i of waiting) {
    if (chosen.size >= slice) break;
    chosen.add(i);
  }
  const out = nodes.slice();
  for (const i of waiting) {
    if (chosen.has(i)) next.add(nodes[i]!.id);
    else out[i] = withheldCopy(nodes[i]!);
  }
  return { nodes: out, shown: next, withheld: waiting.length - chosen.size };
}
