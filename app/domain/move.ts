// Moving and resizing on the canvas, as document edits. A site moves with the nodes it holds; a node
// moved on its own settles in the site whose frame holds it; a resized frame leaves its nodes in place.
// The live drag, the end of a drag and the arrow-key nudge all ask these, so they cannot disagree.
import { placeNode } from './edit.ts';
import type { Frame, Position, Topology } from './model.ts';

function roundPosition(p: Position): Position {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

function roundFrame(f: Frame): Frame {
  return { x: Math.round(f.x), y: Math.round(f.y), width: Math.max(1, Math.round(f.width)), height: Math.max(1, Math.round(f.height)) };
}

const isStill = (d: Position) => d.x === 0 && d.y === 0;

/**
 * Moves each site's frame by its delta, together with the placed nodes the site holds; they stay in
 * their site. Unplaced nodes are drawn relative to their frame, so they follow it as they are.
 */
export function moveSites(doc: Topology, deltas: ReadonlyMap<string, Position>): Topology {
  const moving = new Map([...deltas].filter(([, d]) => !isStill(d)));
  if (moving.size === 0) return doc;
  let changed = false;
  const sites = doc.sites.map((s) => {
    const d = moving.get(s.id);
    if (!d || !s.frame) return s;
    changed = true;
    return { ...s, frame: roundFrame({ ...s.frame, x: s.frame.x + d.x, y: s.frame.y + d.y }) };
  });
  const nodes = doc.nodes.map((n) => {
    const d = moving.get(n.siteId);
    if (!d || !n.position) return n;
    changed = true;
    return { ...n, position: roundPosition({ x: n.position.x + d.x, y: n.position.y + d.y }) };
  });
  return changed ? { ...doc, sites, nodes } : doc;
}

/** Moves one site by a delta with the nodes it holds. */
export function moveSite(doc: Topology, siteId: string, delta: Position): Topology {
  return moveSites(doc, new Map([[siteId, delta]]));
}

/** Gives a site a new frame (a resize); its nodes stay where they are, even when the left or top edge moves. */
export function resizeSite(doc: Topology, siteId: string, frame: Frame): Topology {
  const rounded = roundFrame(frame);
  let changed = false;
  const sites = doc.sites.map((s) => {
    if (s.id !== siteId || (s.frame && s.frame.x === rounded.x && s.frame.y === rounded.y && s.frame.width === rounded.width && s.frame.height === rounded.height)) return s;
    changed = true;
    return { ...s, frame: rounded };
  });
  return changed ? { ...doc, sites } : doc;
}

/**
 * One drag or nudge, one step: sites move by their deltas with their nodes, and other nodes go to
 * their new positions and settle in the site whose frame holds them. A node of a moving site follows
 * its site, whatever position is asked for it.
 */
export function moveElements(doc: Topology, moves: { sites?: ReadonlyMap<string, Position>; nodes?: ReadonlyMap<string, Position> }): Topology {
  const siteDeltas = moves.sites ?? new Map<string, Position>();
  const carried = new Set(doc.nodes.filter((n) => siteDeltas.has(n.siteId)).map((n) => n.id));
  const positions = new Map<string, Position>();
  for (const [id, p] of moves.nodes ?? []) {
    if (carried.has(id)) continue;
    const rounded = roundPosition(p);
    positions.set(id, rounded);
  }
  let next = moveSites(doc, siteDeltas);
  let changed = false;
  const nodes = next.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p || (n.position && n.position.x === p.x && n.position.y === p.y)) return n;
    changed = true;
    return { ...n, position: p };
  });
  if (!changed) return next;
  next = { ...next, nodes };
  for (const id of positions.keys()) next = placeNode(next, id);
  return next;
}

/** Moves elements by one delta (the arrow keys): sites with their nodes, nodes on their own. */
export function moveBy(doc: Topology, ids: ReadonlySet<string>, delta: Position): Topology {
  const sites = new Map(doc.sites.filter((s) => ids.has(s.id)).map((s) => [s.id, delta]));
  const nodes = new Map<string, Position>();
  for (const n of doc.nodes) if (ids.has(n.id) && n.position) nodes.set(n.id, { x: n.position.x + delta.x, y: n.position.y + delta.y });
  return moveElements(doc, { sites, nodes });
}
