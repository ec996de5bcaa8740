// Canvas geometry the document needs: which site frame holds a node, and how a frame grows to hold one.
import type { Frame, Position, Site, Topology } from './model.ts';

/** The drawn size of a node card; frames grow to hold whole cards. */
export const NODE_SIZE = { width: 200, height: 76 } as const;
export const FRAME_PADDING = 40;
/** Room at the top of a frame for the site's title. */
export const FRAME_HEADER = 36;

export function nodeCenter(position: Position): Position {
  return { x: position.x + NODE_SIZE.width / 2, y: position.y + NODE_SIZE.height / 2 };
}

export function frameContains(frame: Frame, point: Position): boolean {
  return point.x >= frame.x && point.x <= frame.x + frame.width && point.y >= frame.y && point.y <= frame.y + frame.height;
}

function distanceToFrame(frame: Frame, point: Position): number {
  const dx = Math.max(frame.x - point.x, 0, point.x - (frame.x + frame.width));
  const dy = Math.max(frame.y - point.y, 0, point.y - (frame.y + frame.height));
  return Math.hypot(dx, dy);
}

/**
 * The site a node at this position belongs to: the smallest frame that holds its centre,
 * else the nearest frame. Sites without frames are not candidates; null when no site has a frame.
 */
export function siteAt(sites: readonly Site[], position: Position): Site | null {
  const center = nodeCenter(position);
  let best: Site | null = null;
  let bestArea = Infinity;
  for (const site of sites) {
    if (site.frame && frameContains(site.frame, center)) {
      const area = site.frame.width * site.frame.height;
      if (area < bestArea) {
        best = site;
        bestArea = area;
      }
    }
  }
  if (best) return best;
  let bestDistance = Infinity;
  for (const site of sites) {
    if (!site.frame) continue;
    const d = distanceToFrame(site.frame, center);
    if (d < bestDistance) {
      best = site;
      bestDistance = d;
    }
  }
  return best;
}

/** The frame, grown if needed so that it holds the whole card of a node at this position. */
export function frameToHold(frame: Frame, position: Position): Frame {
  const left = Math.min(frame.x, position.x - FRAME_PADDING);
  const top = Math.min(frame.y, position.y - FRAME_PADDING - FRAME_HEADER);
  const right = Math.max(frame.x + frame.width, position.x + NODE_SIZE.width + FRAME_PADDING);
  const bottom = Math.max(frame.y + frame.height, position.y + NODE_SIZE.height + FRAME_PADDING);
  if (left === frame.x && top === frame.y && right === frame.x + frame.width && bottom === frame.y + frame.height) return frame;
  return { x: Math.round(left), y: Math.round(top), width: Math.round(right - left), height: Math.round(bottom - top) };
}

/** A frame around the nodes of a site, for sites that have none yet. */
export function frameAround(positions: readonly Position[]): Frame | null {
  if (positions.length === 0) return null;
  const xs = positions.map((p) => p.x);
  const ys = positions.map((p) => p.y);
  const left = Math.min(...xs) - FRAME_PADDING;
  const top = Math.min(...ys) - FRAME_PADDING - FRAME_HEADER;
  const right = Math.max(...xs) + NODE_SIZE.width + FRAME_PADDING;
  const bottom = Math.max(...ys) + NODE_SIZE.height + FRAME_PADDING;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The bounding box of everything drawn: frames and node cards. */
export function documentBounds(doc: Topology): Frame | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const site of doc.sites) {
    if (!site.frame) continue;
    left = Math.min(left, site.frame.x);
    top = Math.min(top, site.frame.y);
    right = Math.max(right, site.frame.x + site.frame.width);
    bottom = Math.max(bottom, site.frame.y + site.frame.height);
  }
  for (const node of doc.nodes) {
    if (!node.position) continue;
    left = Math.min(left, node.position.x);
    top = Math.min(top, node.position.y);
    right = Math.max(right, node.position.x + NODE_SIZE.width);
    bottom = Math.max(bottom, node.position.y + NODE_SIZE.height);
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}

/** True when some node has no position or some site has no frame: what the automatic layout fills in. */
export function needsLayout(doc: Topology): boolean {
  return doc.nodes.some((n) => !n.position) || doc.sites.some((s) => !s.frame);
}

/** Gives each site without a frame, whose nodes all have positions, a frame around them. */
export function frameSitesAroundNodes(doc: Topology): Topology {
  if (doc.sites.every((s) => s.frame)) return doc;
  let changed = false;
  const sites = doc.sites.map((site) => {
    if (site.frame) return site;
    const members = doc.nodes.filter((n) => n.siteId === site.id);
    if (members.length === 0 || members.some((n) => !n.position)) return site;
    const frame = frameAround(members.map((n) => n.position!));
    if (!frame) return site;
    changed = true;
    return { ...site, frame };
  });
  return changed ? { ...doc, sites } : doc;
}
