// Where things are drawn, shared by the canvas and the pictures so that both lay a design out alike:
// node boxes (with a fallback place for nodes not placed yet), trunks as floating lines between the
// sides of two cards that face each other, trunks of one pair fanned out, and labels kept apart.
import { NODE_SIZE } from '../domain/geometry.ts';
import type { Position, Site, Topology, Trunk } from '../domain/model.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Distance between the trunks of one pair of cards. */
export const LANE_GAP = 26;
/** Trunk labels: font size and an estimate of one character's width, in canvas units. */
export const LABEL_FONT = 10;
const LABEL_CHAR = 6;
const LABEL_HEIGHT = 13;

/** Where a node without a position is drawn until the user or the automatic layout places it. */
export function fallbackPosition(index: number, site: Site | undefined): Position {
  const origin = site?.frame ?? { x: 0, y: 0 };
  return { x: origin.x + 40 + (index % 3) * (NODE_SIZE.width + 40), y: origin.y + 76 + Math.floor(index / 3) * (NODE_SIZE.height + 40) };
}

/** Every node's drawn position: its own, or its fallback place (counted per site in document order). */
export function nodePositions(doc: Topology): Map<string, Position> {
  const siteById = new Map(doc.sites.map((s) => [s.id, s]));
  const unplaced = new Map<string, number>();
  const out = new Map<string, Position>();
  for (const node of doc.nodes) {
    let position = node.position;
    if (!position) {
      const i = unplaced.get(node.siteId) ?? 0;
      unplaced.set(node.siteId, i + 1);
      position = fallbackPosition(i, siteById.get(node.siteId));
    }
    out.set(node.id, position);
  }
  return out;
}

export function cardBox(position: Position, width: number = NODE_SIZE.width, height: number = NODE_SIZE.height): Box {
  return { x: position.x, y: position.y, width, height };
}

/** Each trunk's lane among the trunks joining the same two cards, and how many lanes there are. */
export function trunkLanes(trunks: readonly Trunk[]): Map<string, { lane: number; lanes: number }> {
  const counts = new Map<string, number>();
  const lanes = new Map<string, { lane: number; lanes: number }>();
  const key = (t: Trunk) => `${t.mediationId}\u0000${t.peerId}`;
  for (const t of trunks) {
    const lane = counts.get(key(t)) ?? 0;
    counts.set(key(t), lane + 1);
    lanes.set(t.id, { lane, lanes: 0 });
  }
  for (const t of trunks) lanes.get(t.id)!.lanes = counts.get(key(t))!;
  return lanes;
}

/** Where the ray from the box's centre (shifted by ox, oy) along (dx, dy) leaves the box. */
function exitPoint(b: Box, dx: number, dy: number, ox: number, oy: number): Position {
  const hw = b.width / 2;
  const hh = b.height / 2;
  const tx = dx === 0 ? Infinity : hw / Math.abs(dx);
  const ty = dy === 0 ? Infinity : hh / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: b.x + hw + ox + dx * t, y: b.y + hh + oy + dy * t };
}

/**
 * The floating line from card `a` to card `b`: it leaves each card through the side that faces the
 * other card, and lane `lane` of `lanes` runs parallel to the centre line, so trunks of one pair fan out.
 */
export function floatingLine(a: Box, b: Box, lane = 0, lanes = 1): Line {
  const ax = a.x + a.width / 2;
  const ay = a.y + a.height / 2;
  const bx = b.x + b.width / 2;
  const by = b.y + b.height / 2;
  const len = Math.hypot(bx - ax, by - ay);
  // Cards on top of each other have no direction: draw across.
  const dx = len === 0 ? 1 : (bx - ax) / len;
  const dy = len === 0 ? 0 : (by - ay) / len;
  // The fan may not be wider than the narrower card side it leaves through.
  const room = Math.min(Math.abs(dx) > Math.abs(dy) ? Math.min(a.height, b.height) : Math.min(a.width, b.width)) - 8;
  const gap = lanes > 1 ? Math.min(LANE_GAP, room / (lanes - 1)) : 0;
  const shift = (lane - (lanes - 1) / 2) * gap;
  const ox = -dy * shift;
  const oy = dx * shift;
  const start = exitPoint(a, dx, dy, ox, oy);
  const end = exitPoint(b, -dx, -dy, ox, oy);
  return { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
}

export function pointAt(line: Line, t: number): Position {
  return { x: line.x1 + (line.x2 - line.x1) * t, y: line.y1 + (line.y2 - line.y1) * t };
}

/** A trunk's label: transport and ports, a star for the root trunk. */
export function trunkLabel(trunk: Trunk): string {
  const text = `${trunk.transport} ${trunk.mediationPort}→${trunk.peerPort}`;
  return trunk.root ? `★ ${text}` : text;
}

export function labelWidth(text: string): number {
  return text.length * LABEL_CHAR + 4;
}

/** The box a label centred at (x, y) covers; labels sit just above their point. */
export function labelBox(x: number, y: number, text: string): Box {
  const width = labelWidth(text);
  return { x: x - width / 2, y: y - LABEL_FONT - 4, width, height: LABEL_HEIGHT };
}

/** Where along its line (0 mediation end, 1 peer end) each label is tried, in order. */
export const LABEL_STOPS = [0.35, 0.5, 0.22, 0.65, 0.78, 0.42, 0.58] as const;

const CELL = 128;

/** A grid of boxes for overlap tests in near-constant time. */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  private *keys(b: Box) {
    const x0 = Math.floor(b.x / CELL);
    const x1 = Math.floor((b.x + b.width) / CELL);
    const y0 = Math.floor(b.y / CELL);
    const y1 = Math.floor((b.y + b.height) / CELL);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield x * 1_000_003 + y;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      let list = this.cells.get(k);
      if (!list) this.cells.set(k, (list = []));
      list.push(b);
    }
  }
  hits(b: Box): boolean {
    for (const k of this.keys(b)) {
      for (const o of this.cells.get(k) ?? []) {
        if (b.x < o.x + o.width && o.x < b.x + b.width && b.y < o.y + o.height && o.y < b.y + b.height) return true;
      }
    }
    return false;
  }
}

/**
 * For each label, the stop along its line where it covers neither another label nor a card; the
 * first stop when every stop is taken. Greedy in the given order; near-linear in the number of labels.
 */
export function placeLabels(labels: readonly { id: string; line: Line; text: string }[], cards: readonly Box[]): Map<string, number> {
  const grid = new BoxGrid();
  for (const c of cards) grid.add(c);
  const out = new Map<string, number>();
  for (const { id, line, text } of labels) {
    let chosen: number = LABEL_STOPS[0];
    let box: Box | null = null;
    for (const stop of LABEL_STOPS) {
      const p = pointAt(line, stop);
      const b = labelBox(p.x, p.y, text);
      if (!grid.hits(b)) {
        chosen = stop;
        box = b;
        break;
      }
    }
    if (!box) {
      const p = pointAt(line, chosen);
      box = labelBox(p.x, p.y, text);
    }
    grid.add(box);
    out.set(id, chosen);
  }
  return out;
}

/** Boxes of every card by node id, at their drawn positions. */
export function cardBoxes(doc: Topology, positions: ReadonlyMap<string, Position> = nodePositions(doc)): Map<string, Box> {
  const out = new Map<string, Box>();
  for (const node of doc.nodes) out.set(node.id, cardBox(positions.get(node.id)!));
  return out;
}

/** The label stop of every trunk of the design, with the cards where the document places them. */
export function trunkLabelStops(doc: Topology, boxes: ReadonlyMap<string, Box> = cardBoxes(doc)): Map<string, number> {
  const lanes = trunkLanes(doc.trunks);
  const labels: { id: string; line: Line; text: string }[] = [];
  for (const trunk of doc.trunks) {
    const a = boxes.get(trunk.mediationId);
    const b = boxes.get(trunk.peerId);
    if (!a || !b) continue;
    const { lane, lanes: count } = lanes.get(trunk.id)!;
    labels.push({ id: trunk.id, line: floatingLine(a, b, lane, count), text: trunkLabel(trunk) });
  }
  return placeLabels(labels, [...boxes.values()]);
}

export interface SiteBundle {
  id: string;
  /** The two sites, in the order of their first trunk. */
  from: string;
  to: string;
  trunks: number;
}

/** Trunks between different sites, one bundle per pair of sites: what a zoomed-out site map draws. */
export function siteBundles(doc: Topology): SiteBundle[] {
  const siteOf = new Map(doc.nodes.map((n) => [n.id, n.siteId]));
  const bundles = new Map<string, SiteBundle>();
  for (const t of doc.trunks) {
    const a = siteOf.get(t.mediationId);
    const b = siteOf.get(t.peerId);
    if (!a || !b || a === b) continue;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const bundle = bundles.get(key);
    if (bundle) bundle.trunks++;
    else bundles.set(key, { id: `bundle:${a}:${b}`, from: a, to: b, trunks: 1 });
  }
  return [...bundles.values()];
}

/** The bounding box of everything drawn: site frames and every card, placed or at its fallback place. */
export function drawnBounds(doc: Topology, boxes: ReadonlyMap<string, Box> = cardBoxes(doc)): Box | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const add = (b: Box) => {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  };
  for (const site of doc.sites) if (site.frame) add(site.frame);
  for (const b of boxes.values()) add(b);
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}
