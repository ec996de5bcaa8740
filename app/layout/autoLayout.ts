// Automatic layout: gives positions to nodes and frames to sites that have none (or to all, on request).
// ELK's layered algorithm does the drawing; it is loaded on first use so that it stays out of the
// initial bundle (it is large, and many sessions never lay anything out).
import type { ELK, ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import { FRAME_HEADER, FRAME_PADDING, NODE_SIZE, documentBounds, frameAround, needsLayout } from '../domain/geometry.ts';
import type { Frame, Position, Site, Topology, TopologyNode } from '../domain/model.ts';

export interface AutoLayoutOptions {
  /** Lay out every site and node again, ignoring the positions and frames they have. */
  all?: boolean;
  /** Called after each part (a group of sites, or the new cards of one site) is laid out. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the layout between two parts; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export { needsLayout };

let elkPromise: Promise<ELK> | null = null;

function loadElk(): Promise<ELK> {
  elkPromise ??= import('elkjs/lib/elk.bundled.js').then(
    (module) => new module.default(),
    (error: unknown) => {
      // A failed chunk load (offline, new deployment) should not poison every later attempt.
      elkPromise = null;
      throw error;
    },
  );
  return elkPromise;
}

/** Space between cards in one column, and between columns (room for trunk lines). */
const NODE_GAP = 40;
const LAYER_GAP = 100;
/** Space between site frames, and between old drawing and newly placed sites. */
const SITE_GAP = 80;
/** The smallest frame: one card with the usual margins, so an empty site can still take a drop. */
const MIN_FRAME = { width: FRAME_PADDING * 2 + NODE_SIZE.width, height: FRAME_PADDING * 2 + FRAME_HEADER + NODE_SIZE.height };
/** format.md: positions and frames lie within ±1,000,000. */
const LIMIT = 1_000_000;
/** Width over height that packed groups and placed blocks aim for: a landscape screen. */
const ASPECT = 1.6;
/**
 * ELK draws best but its cost grows steeply (on this machine a group of 2,000 cards takes 3 s, 5,000 over
 * a minute) and each call costs tens of milliseconds even for ten cards. Past these sizes every part is
 * drawn by the quick column layout instead, which is linear, so that 10,000 cards take seconds.
 */
export const ELK_LIMITS = { parts: 40, nodes: 1500, edges: 3000 } as const;

const GRAPH_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  // Left to right: Front End → Mediation → peers, the way the voice path is usually drawn.
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  'elk.spacing.nodeNode': String(NODE_GAP),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
  'elk.spacing.componentComponent': String(SITE_GAP),
  // Document order breaks ties, so that the same document always gets the same drawing.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

const SITE_OPTIONS: LayoutOptions = {
  // The same margins as frameAround, so a frame drawn by the layout looks like one the user grew.
  'elk.padding': `[top=${FRAME_PADDING + FRAME_HEADER},left=${FRAME_PADDING},bottom=${FRAME_PADDING},right=${FRAME_PADDING}]`,
};

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function right(r: Rect): number {
  return r.x + r.width;
}

function bottom(r: Rect): number {
  return r.y + r.height;
}

function intersects(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < right(b) + gap && b.x < right(a) + gap && a.y < bottom(b) + gap && b.y < bottom(a) + gap;
}

function union(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let l = Infinity;
  let t = Infinity;
  let r = -Infinity;
  let b = -Infinity;
  for (const rect of rects) {
    l = Math.min(l, rect.x);
    t = Math.min(t, rect.y);
    r = Math.max(r, right(rect));
    b = Math.max(b, bottom(rect));
  }
  return { x: l, y: t, width: r - l, height: b - t };
}

function card(p: Position): Rect {
  return { x: p.x, y: p.y, width: NODE_SIZE.width, height: NODE_SIZE.height };
}

/** Layout hints: trunks (mediation → peer) and next hops (Front End → Mediation pool), between nodes in `ids`. */
function edgesAmong(doc: Topology, ids: ReadonlySet<string>): ElkExtendedEdge[] {
  const edges: ElkExtendedEdge[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string) => {
    if (from === to || !ids.has(from) || !ids.has(to)) return;
    const key = `${from}>${to}`;
    // Several trunks between one pair pull no harder than one; fewer edges, faster layout.
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, sources: [from], targets: [to] });
  };
  for (const trunk of doc.trunks) add(trunk.mediationId, trunk.peerId);
  for (const node of doc.nodes) if (node.kind === 'mediationPool' && node.nextHopId !== null) add(node.nextHopId, node.id);
  return edges;
}

function elkCard(node: TopologyNode): ElkNode {
  return { id: node.id, width: NODE_SIZE.width, height: NODE_SIZE.height };
}

interface Block {
  /** Positions relative to the block's top-left corner. */
  positions: Map<string, Position>;
  frames: Map<string, Frame>;
  width: number;
  height: number;
}

/**
 * Sites that are drawn together: a central site with its branches, joined with any other group a trunk
 * or next hop links it to. Groups are laid out one by one and then packed, because ELK stacks
 * unconnected parts in one tall column, and several small layouts are faster than one big one.
 */
function siteGroups(sites: readonly Site[], nodes: readonly TopologyNode[], edges: readonly ElkExtendedEdge[]): Site[][] {
  const parent = new Map<string, string>(sites.map((s) => [s.id, s.id]));
  const order = new Map(sites.map((s, i) => [s.id, i]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const join = (a: string | undefined, b: string | undefined) => {
    if (a === undefined || b === undefined || !parent.has(a) || !parent.has(b)) return;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // The earlier site in the document stays the root, so groups come out in document order.
    if (order.get(ra)! < order.get(rb)!) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const site of sites) join(site.id, site.centralSiteId);
  const siteOf = new Map(nodes.map((n) => [n.id, n.siteId]));
  for (const edge of edges) join(siteOf.get(edge.sources[0]!), siteOf.get(edge.targets[0]!));
  const groups = new Map<string, Site[]>();
  for (const site of orderSites(sites)) {
    const root = find(site.id);
    const group = groups.get(root) ?? [];
    group.push(site);
    groups.set(root, group);
  }
  return [...groups.values()];
}

/** One group of sites as ELK compound nodes holding their nodes; the block's corner is (0, 0). */
async function layoutGroup(elk: ELK, sites: readonly Site[], bySite: ReadonlyMap<string, TopologyNode[]>, edges: readonly ElkExtendedEdge[]): Promise<Block> {
  const ids = new Set(sites.flatMap((s) => (bySite.get(s.id) ?? []).map((n) => n.id)));
  const children: ElkNode[] = sites.map((site) => {
    const members = bySite.get(site.id) ?? [];
    if (members.length === 0) return { id: site.id, ...MIN_FRAME };
    return { id: site.id, layoutOptions: SITE_OPTIONS, children: members.map(elkCard) };
  });
  const groupEdges = edges.filter((e) => ids.has(e.sources[0]!) && ids.has(e.targets[0]!));
  const graph = await elk.layout({ id: '__root', layoutOptions: GRAPH_OPTIONS, children, edges: groupEdges });
  const block: Block = { positions: new Map(), frames: new Map(), width: 0, height: 0 };
  for (const site of graph.children ?? []) {
    const x = Math.round(site.x ?? 0);
    const y = Math.round(site.y ?? 0);
    const frame = { x, y, width: Math.max(MIN_FRAME.width, Math.round(site.width ?? 0)), height: Math.max(MIN_FRAME.height, Math.round(site.height ?? 0)) };
    block.frames.set(site.id, frame);
    block.width = Math.max(block.width, right(frame));
    block.height = Math.max(block.height, bottom(frame));
    // ELK gives a child's coordinates relative to its parent.
    for (const child of site.children ?? []) block.positions.set(child.id, { x: x + Math.round(child.x ?? 0), y: y + Math.round(child.y ?? 0) });
  }
  return block;
}

/**
 * Blocks in rows, in order, each row at most `rowWidth` wide (a wider block has a row to itself).
 * Without `into` only the size is worked out: trying a row width costs no copying.
 */
function packRows(blocks: readonly Block[], rowWidth: number, into?: Block): { width: number; height: number } {
  let width = 0;
  let height = 0;
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.width > rowWidth) {
      x = 0;
      y += rowHeight + SITE_GAP;
      rowHeight = 0;
    }
    if (into) translate(block, { x, y }, into.positions, into.frames);
    width = Math.max(width, x + block.width);
    height = Math.max(height, y + block.height);
    x += block.width + SITE_GAP;
    rowHeight = Math.max(rowHeight, block.height);
  }
  return { width, height };
}

/**
 * Blocks in rows, with the row width that lets the whole show largest on a landscape screen
 * (the candidates: the first row holding 1, 2, … blocks). Sites are at most 1,000, so trying every
 * candidate is at most a million additions; the cards are copied once, for the winner.
 */
function pack(blocks: readonly Block[]): Block {
  let bestWidth = 0;
  let bestScale = Infinity;
  let rowWidth = 0;
  for (const block of blocks) {
    rowWidth += (rowWidth > 0 ? SITE_GAP : 0) + block.width;
    const size = packRows(blocks, rowWidth);
    const scale = Math.max(size.width / ASPECT, size.height);
    if (scale < bestScale) {
      bestWidth = rowWidth;
      bestScale = scale;
    }
  }
  const packed: Block = { positions: new Map(), frames: new Map(), width: 0, height: 0 };
  const size = packRows(blocks, bestWidth, packed);
  packed.width = size.width;
  packed.height = size.height;
  return packed;
}

/** How the parts are drawn: by ELK, or by the quick column layout for designs too large for it. */
interface Engine {
  group(sites: readonly Site[], bySite: ReadonlyMap<string, TopologyNode[]>, edges: readonly ElkExtendedEdge[]): Promise<Block>;
  nodes(nodes: readonly TopologyNode[]): Promise<Block>;
}

function elkEngine(elk: ELK, doc: Topology): Engine {
  return { group: (sites, bySite, edges) => layoutGroup(elk, sites, bySite, edges), nodes: (nodes) => layoutNodes(elk, doc, nodes) };
}

/** Sites with their nodes, laid out group by group and packed; the block's corner is (0, 0). */
async function layoutSites(engine: Engine, groups: readonly Site[][], bySite: ReadonlyMap<string, TopologyNode[]>, edges: readonly ElkExtendedEdge[], step: () => void): Promise<Block> {
  const blocks: Block[] = [];
  // One after the other: each part is a step of the progress, and cancelling stops between two.
  for (const group of groups) {
    blocks.push(await engine.group(group, bySite, edges));
    step();
  }
  return pack(blocks);
}

/** A few nodes laid out on their own (no frame); the result's corner is (0, 0). */
async function layoutNodes(elk: ELK, doc: Topology, nodes: readonly TopologyNode[]): Promise<Block> {
  const ids = new Set(nodes.map((n) => n.id));
  const graph = await elk.layout({ id: '__root', layoutOptions: GRAPH_OPTIONS, children: nodes.map(elkCard), edges: edgesAmong(doc, ids) });
  const block: Block = { positions: new Map(), frames: new Map(), width: 0, height: 0 };
  for (const child of graph.children ?? []) {
    const p = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
    block.positions.set(child.id, p);
    block.width = Math.max(block.width, p.x + NODE_SIZE.width);
    block.height = Math.max(block.height, p.y + NODE_SIZE.height);
  }
  return block;
}

/** The quick layout's column for a card: Front End and Director pools, Mediation pools, then peers (the voice path). */
function columnOf(node: TopologyNode): number {
  if (node.kind === 'frontEndPool' || node.kind === 'director') return 0;
  return node.kind === 'mediationPool' ? 1 : 2;
}

/**
 * The quick layout: cards in columns by kind, in document order, each column wrapped into as many as
 * it needs so that the block is about screen-shaped. Linear in the cards.
 */
function columnBlock(nodes: readonly TopologyNode[]): Block {
  const block: Block = { positions: new Map(), frames: new Map(), width: 0, height: 0 };
  if (nodes.length === 0) return block;
  const cellWidth = NODE_SIZE.width + LAYER_GAP;
  const cellHeight = NODE_SIZE.height + NODE_GAP;
  const rows = Math.max(3, Math.ceil(Math.sqrt((nodes.length * cellWidth) / (cellHeight * ASPECT))));
  const columns: TopologyNode[][] = [[], [], []];
  for (const node of nodes) columns[columnOf(node)]!.push(node);
  let x = 0;
  for (const column of columns) {
    if (column.length === 0) continue;
    column.forEach((node, i) => block.positions.set(node.id, { x: x + Math.floor(i / rows) * cellWidth, y: (i % rows) * cellHeight }));
    x += Math.ceil(column.length / rows) * cellWidth;
    block.height = Math.max(block.height, Math.min(rows, column.length) * cellHeight - NODE_GAP);
  }
  block.width = x - LAYER_GAP;
  return block;
}

/** A group of sites by the quick layout: each site's cards in columns inside its frame, the frames packed. */
function columnGroup(sites: readonly Site[], bySite: ReadonlyMap<string, TopologyNode[]>): Block {
  const blocks = sites.map((site): Block => {
    const cards = columnBlock(bySite.get(site.id) ?? []);
    const frame = { x: 0, y: 0, width: Math.max(MIN_FRAME.width, cards.width + 2 * FRAME_PADDING), height: Math.max(MIN_FRAME.height, cards.height + 2 * FRAME_PADDING + FRAME_HEADER) };
    const block: Block = { positions: new Map(), frames: new Map([[site.id, frame]]), width: frame.width, height: frame.height };
    translate(cards, { x: FRAME_PADDING, y: FRAME_PADDING + FRAME_HEADER }, block.positions, block.frames);
    return block;
  });
  return pack(blocks);
}

const columnEngine: Engine = {
  group: (sites, bySite) => Promise.resolve(columnGroup(sites, bySite)),
  nodes: (nodes) => Promise.resolve(columnBlock(nodes)),
};

function orderSites(sites: readonly Site[]): Site[] {
  const ordered: Site[] = [];
  const placed = new Set<string>();
  const push = (site: Site) => {
    if (placed.has(site.id)) return;
    placed.add(site.id);
    ordered.push(site);
  };
  const branches = new Map<string, Site[]>();
  for (const site of sites) {
    if (site.centralSiteId === undefined) continue;
    const list = branches.get(site.centralSiteId);
    if (list) list.push(site);
    else branches.set(site.centralSiteId, [site]);
  }
  for (const site of sites) {
    if (site.kind !== 'central') continue;
    push(site);
    for (const branch of branches.get(site.id) ?? []) push(branch);
  }
  for (const site of sites) push(site);
  return ordered;
}

/**
 * A new frame on whole pixels (outwards, so that it still holds its cards), cut back to the document's
 * coordinate limits: only a frame around cards at the very edge can reach past them, and the document
 * must still parse.
 */
function tidyFrame(frame: Frame): Frame {
  const x = Math.max(Math.floor(frame.x), -LIMIT);
  const y = Math.max(Math.floor(frame.y), -LIMIT);
  return { x, y, width: Math.min(Math.ceil(right(frame)), LIMIT) - x, height: Math.min(Math.ceil(bottom(frame)), LIMIT) - y };
}

/** Keeps a block of this size at `origin` inside the document's coordinate limits, with room for a frame around it. */
function clampOrigin(origin: Position, width: number, height: number): Position {
  const margin = FRAME_PADDING + FRAME_HEADER;
  return {
    x: Math.min(Math.max(origin.x, -LIMIT + margin), LIMIT - width - margin),
    y: Math.min(Math.max(origin.y, -LIMIT + margin), LIMIT - height - margin),
  };
}

/**
 * Where a block of new sites goes: beside the existing drawing, to the right or below, whichever keeps
 * the whole closer to a screen's shape, so that nothing new lands on an existing frame.
 */
function originBeside(bounds: Rect | null, width: number, height: number): Position {
  if (!bounds) return { x: 0, y: 0 };
  const beside = { x: right(bounds) + SITE_GAP, y: bounds.y };
  const below = { x: bounds.x, y: bottom(bounds) + SITE_GAP };
  const sideCost = Math.max((bounds.width + SITE_GAP + width) / ASPECT, Math.max(bounds.height, height));
  const belowCost = Math.max(Math.max(bounds.width, width) / ASPECT, bounds.height + SITE_GAP + height);
  const preferred = sideCost <= belowCost ? [beside, below] : [below, beside];
  const fits = (o: Position) => right({ ...o, width, height }) <= LIMIT && bottom({ ...o, width, height }) <= LIMIT;
  return clampOrigin(preferred.find(fits) ?? preferred[0]!, width, height);
}

function translate(block: Block, origin: Position, positions: Map<string, Position>, frames: Map<string, Frame>): void {
  for (const [id, p] of block.positions) positions.set(id, { x: p.x + origin.x, y: p.y + origin.y });
  for (const [id, f] of block.frames) frames.set(id, { ...f, x: f.x + origin.x, y: f.y + origin.y });
}

/** The part of a frame where cards go: inside the padding, below the header. */
function contentOf(frame: Frame): Rect {
  return {
    x: frame.x + FRAME_PADDING,
    y: frame.y + FRAME_PADDING + FRAME_HEADER,
    width: frame.width - 2 * FRAME_PADDING,
    height: frame.height - 2 * FRAME_PADDING - FRAME_HEADER,
  };
}

/** The frame grown (never shrunk) to hold a block of cards at `rect`, with the usual margins. */
function grownFrame(frame: Frame, rect: Rect): Frame {
  const outer = { x: rect.x - FRAME_PADDING, y: rect.y - FRAME_PADDING - FRAME_HEADER, width: rect.width + 2 * FRAME_PADDING, height: rect.height + 2 * FRAME_PADDING + FRAME_HEADER };
  return union([frame, outer])!;
}

/** The first index in `sorted` (ascending by y) whose y is at least `y`. */
function firstAtOrBelow(sorted: readonly Rect[], y: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.y < y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first free spot for a block of `size` inside `content`, top to bottom and then left to right,
 * keeping NODE_GAP from every card, or null. The spots tried are the content's top and the lines just
 * below each card; on one line a sweep over the cards beside it, sorted by x, finds the leftmost free
 * x. The cards beside a line are a window of the cards sorted by y (all cards are one height). Work is
 * capped in proportion to the cards, so a hostile drawing costs n·log n and then the frame just grows.
 */
export function freeSpot(content: Rect, cards: readonly Rect[], size: { width: number; height: number }): Position | null {
  const byY = [...cards].sort((a, b) => a.y - b.y);
  const lines = [content.y, ...cards.map((r) => bottom(r) + NODE_GAP)].filter((y) => y >= content.y && y + size.height <= bottom(content)).sort((a, b) => a - b);
  let budget = 32 * (cards.length + 1);
  let previous = NaN;
  for (const y of lines) {
    if (y === previous) continue;
    previous = y;
    // A card touches the band [y, y + height) with the gap when it starts below y - H - gap and above y + height + gap.
    const from = firstAtOrBelow(byY, y - NODE_SIZE.height - NODE_GAP + 1e-9);
    const to = firstAtOrBelow(byY, y + size.height + NODE_GAP);
    budget -= to - from + 1;
    if (budget < 0) return null;
    const beside = byY.slice(from, to).sort((a, b) => a.x - b.x);
    let x = content.x;
    for (const r of beside) {
      if (r.x >= x + size.width + NODE_GAP) break;
      if (right(r) + NODE_GAP > x) x = right(r) + NODE_GAP;
    }
    if (x + size.width <= right(content)) return { x, y };
  }
  return null;
}

/**
 * Places a block of new cards in a site that already has a frame: in free room inside the frame if
 * there is any (the frame then stays as it is), else below or right of its cards, growing the frame in
 * the direction that does not run into another site's frame.
 */
function placeInFrame(siteId: string, frame: Frame, block: Block, positions: Map<string, Position>, frames: Map<string, Frame>): void {
  const content = contentOf(frame);
  const obstacles: Rect[] = [];
  for (const p of positions.values()) {
    const r = card(p);
    if (intersects(r, frame)) obstacles.push(r);
  }
  const size = { width: block.width, height: block.height };
  let origin = freeSpot(content, obstacles, size);
  if (!origin) {
    const cards = union(obstacles.filter((r) => intersects(r, content)));
    const below = { x: content.x, y: cards ? Math.max(content.y, bottom(cards) + NODE_GAP) : content.y };
    const beside = { x: cards ? Math.max(content.x, right(cards) + LAYER_GAP) : content.x, y: content.y };
    const others = [...frames].filter(([id]) => id !== siteId).map(([, f]) => f);
    const clear = (o: Position) => !others.some((f) => intersects(f, grownFrame(frame, { ...o, ...size })));
    origin = [below, beside].find(clear) ?? below;
    origin = clampOrigin(origin, size.width, size.height);
    frames.set(siteId, grownFrame(frame, { ...origin, ...size }));
  }
  translate(block, origin, positions, frames);
}

/**
 * A new document in which every node has a position and every site a frame. Positions and frames the
 * document has are kept (unless `all`), except that a site's frame grows when its new nodes do not fit
 * in it. Sites drawn from scratch are placed beside the existing drawing, never on it. Returns `doc`
 * itself when there is nothing to do. Large designs are drawn by the quick column layout (ELK_LIMITS).
 */
export async function autoLayout(doc: Topology, options: AutoLayoutOptions = {}): Promise<Topology> {
  const all = options.all === true;
  if (!all && !needsLayout(doc)) return doc;
  const { signal, onProgress } = options;
  signal?.throwIfAborted();

  const members = new Map<string, TopologyNode[]>(doc.sites.map((s) => [s.id, []]));
  for (const node of doc.nodes) members.get(node.siteId)?.push(node);
  const positions = new Map<string, Position>();
  const frames = new Map<string, Frame>();
  let freshSites: readonly Site[] = doc.sites;
  /** Sites that keep their drawing but have cards to place. */
  const partial: { site: Site; pending: TopologyNode[] }[] = [];
  if (!all) {
    for (const node of doc.nodes) if (node.position) positions.set(node.id, node.position);
    for (const site of doc.sites) if (site.frame) frames.set(site.id, site.frame);
    freshSites = doc.sites.filter((s) => !s.frame && !members.get(s.id)!.some((n) => n.position));
    const fresh = new Set(freshSites.map((s) => s.id));
    for (const site of doc.sites) if (!fresh.has(site.id)) partial.push({ site, pending: members.get(site.id)!.filter((n) => !n.position) });
  }

  // What there is to do decides the engine, before any of it is done: the same document is always drawn the same way.
  const freshNodes = freshSites.flatMap((s) => members.get(s.id)!);
  const freshEdges = edgesAmong(doc, new Set(freshNodes.map((n) => n.id)));
  const groups = freshSites.length > 0 ? siteGroups(freshSites, freshNodes, freshEdges) : [];
  const partialCount = partial.filter((p) => p.pending.length > 0).length;
  const pendingCount = freshNodes.length + partial.reduce((sum, p) => sum + p.pending.length, 0);
  const total = groups.length + partialCount;
  const small = total <= ELK_LIMITS.parts && pendingCount <= ELK_LIMITS.nodes && freshEdges.length <= ELK_LIMITS.edges;
  const engine = small ? elkEngine(await loadElk(), doc) : columnEngine;
  let done = 0;
  const step = () => {
    onProgress?.(++done, total);
    signal?.throwIfAborted();
  };

  for (const { site, pending } of partial) {
    const siteNodes = members.get(site.id)!;
    if (site.frame) {
      if (pending.length > 0) {
        placeInFrame(site.id, site.frame, await engine.nodes(pending), positions, frames);
        step();
      }
      continue;
    }
    // Some cards but no frame: the new cards go under the drawn ones, then a frame around them all.
    if (pending.length > 0) {
      const cards = union(siteNodes.filter((n) => n.position).map((n) => card(n.position!)))!;
      const block = await engine.nodes(pending);
      translate(block, clampOrigin({ x: cards.x, y: bottom(cards) + NODE_GAP }, block.width, block.height), positions, frames);
      step();
    }
    frames.set(site.id, frameAround(siteNodes.map((n) => positions.get(n.id)!))!);
  }

  if (freshSites.length > 0) {
    const bySite = new Map<string, TopologyNode[]>(freshSites.map((s) => [s.id, members.get(s.id)!]));
    const block = await layoutSites(engine, groups, bySite, freshEdges, step);
    let corner: Position;
    if (all) {
      // Where the drawing was, so that the view does not jump away from it.
      const before = documentBounds(doc);
      corner = clampOrigin(before ? { x: Math.round(before.x), y: Math.round(before.y) } : { x: 0, y: 0 }, block.width, block.height);
    } else {
      corner = originBeside(union([...frames.values(), ...[...positions.values()].map(card)]), block.width, block.height);
    }
    translate(block, corner, positions, frames);
  }
  return {
    ...doc,
    sites: doc.sites.map((site) => {
      const frame = frames.get(site.id);
      return frame && frame !== site.frame ? { ...site, frame: tidyFrame(frame) } : site;
    }),
    nodes: doc.nodes.map((node) => {
      const position = positions.get(node.id);
      return position && position !== node.position ? { ...node, position } : node;
    }),
  };
}

