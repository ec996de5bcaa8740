// Where an element added from the palette with the keyboard goes: the free spot nearest the centre
// of the view, so that two added in a row never land on top of each other.
import { NODE_SIZE } from '../domain/geometry.ts';
import type { Position, Topology } from '../domain/model.ts';
import { cardBoxes, type Box } from '../picture/geometry.ts';

/** Space kept between a new element and what is already there. */
const GAP = 20;
/** How many rings of candidate spots are tried around the centre before giving up on free space. */
const RINGS = 12;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/**
 * The centre of the free spot nearest `center` for an element of `size`: nodes avoid cards, sites
 * avoid site frames. Candidates lie on rings of a grid one element (plus a gap) apart; the centre
 * itself when nothing is free within reach.
 */
export function freeSpot(doc: Topology, center: Position, kind: 'node' | 'site', size: { width: number; height: number } = NODE_SIZE): Position {
  const taken: Box[] = kind === 'node' ? [...cardBoxes(doc).values()] : doc.sites.flatMap((s) => (s.frame ? [s.frame] : []));
  const stepX = size.width + GAP;
  const stepY = size.height + GAP;
  const free = (cx: number, cy: number) => {
    const box = { x: cx - size.width / 2, y: cy - size.height / 2, width: size.width, height: size.height };
    return !taken.some((t) => overlaps(box, t));
  };
  for (let ring = 0; ring <= RINGS; ring++) {
    let best: Position | null = null;
    let bestDistance = Infinity;
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        const cx = center.x + i * stepX;
        const cy = center.y + j * stepY;
        const distance = Math.hypot(cx - center.x, cy - center.y);
        if (distance < bestDistance && free(cx, cy)) {
          best = { x: cx, y: cy };
          bestDistance = distance;
        }
      }
    }
    if (best) return best;
  }
  return center;
}
