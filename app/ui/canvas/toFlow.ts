// The document as React Flow nodes and edges. Objects are reused while their inputs are unchanged,
// so React Flow keeps its measurements and memoized components do not re-render. Where things are
// drawn comes from app/picture/geometry.ts, which the exported pictures use too.
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { NODE_SIZE } from '../../domain/geometry.ts';
import type { Diagnostic } from '../../domain/diagnostic.ts';
import { diagnosticText } from '../diagnosticText.ts';
import { isPeer, type Site, type Topology, type TopologyNode, type Trunk } from '../../domain/model.ts';
import { nodePositions, siteBundles, trunkLabelStops, trunkLanes } from '../../picture/geometry.ts';
import type { Detail } from './lod.ts';

export interface Marks {
  errors: string[];
  warnings: string[];
}

/** What a site drawn as one block says: its pools, peers, trunks and problems. */
export interface SiteSummary {
  pools: number;
  peers: number;
  trunks: number;
  errors: number;
  warnings: number;
}

export type SiteFlowNode = Node<{ site: Site; memberCount: number; detail: Detail; summary: SiteSummary }, 'site'>;
export type TopologyFlowNode = Node<{ node: TopologyNode; marks: Marks | undefined; nextHopName: string | null; detail: Detail }, TopologyNode['kind']>;
export type TrunkFlowEdge = Edge<{ trunk: Trunk; lane: number; lanes: number; labelStop: number; marks: Marks | undefined }, 'trunk'>;
export type NextHopFlowEdge = Edge<Record<string, never>, 'nextHop'>;
export type BundleFlowEdge = Edge<{ trunks: number }, 'bundle'>;
export type FlowNode = SiteFlowNode | TopologyFlowNode;
export type FlowEdge = TrunkFlowEdge | NextHopFlowEdge | BundleFlowEdge;

/** The problems of each element, in words: `text` puts a diagnostic into the user's language. */
export function marksByElement(diagnostics: readonly Diagnostic[], text: (d: Diagnostic) => string = (d) => diagnosticText(d)): Map<string, Marks> {
  const marks = new Map<string, Marks>();
  for (const d of diagnostics) {
    for (const target of new Set(d.targets)) {
      let m = marks.get(target);
      if (!m) marks.set(target, (m = { errors: [], warnings: [] }));
      (d.severity === 'error' ? m.errors : m.warnings).push(text(d));
    }
  }
  return marks;
}

const EMPTY_SUMMARY: SiteSummary = { pools: 0, peers: 0, trunks: 0, errors: 0, warnings: 0 };

/** Each site's counts; a problem counts once for every site it touches (through the site, its nodes or their trunks). */
export function siteSummaries(doc: Topology, diagnostics: readonly Diagnostic[]): Map<string, SiteSummary> {
  const out = new Map<string, SiteSummary>();
  const of = (siteId: string) => {
    let s = out.get(siteId);
    if (!s) out.set(siteId, (s = { ...EMPTY_SUMMARY }));
    return s;
  };
  const siteOf = new Map<string, string>();
  for (const site of doc.sites) siteOf.set(site.id, site.id);
  for (const node of doc.nodes) {
    siteOf.set(node.id, node.siteId);
    if (isPeer(node)) of(node.siteId).peers++;
    else of(node.siteId).pools++;
  }
  for (const t of doc.trunks) {
    const a = siteOf.get(t.mediationId);
    const b = siteOf.get(t.peerId);
    if (a) of(a).trunks++;
    if (b && b !== a) of(b).trunks++;
    if (a) siteOf.set(t.id, a);
  }
  for (const d of diagnostics) {
    const sites = new Set<string>();
    for (const target of d.targets) {
      const site = siteOf.get(target);
      if (site) sites.add(site);
    }
    for (const site of sites) of(site)[d.severity === 'error' ? 'errors' : 'warnings']++;
  }
  return out;
}

/*
 * Each node's size and handle are declared, as React Flow allows for server rendering: without them React
 * Flow renders every node once, in view or not, to measure it (a 10,000-node design opened at full detail
 * mounted 10,000 cards in one task). Declared, only what is in view is rendered; React Flow measures those
 * as it draws them. The handle sits where styles.css puts it: a card's on its right side, a site block's
 * on its top edge, both centred; edges are drawn from the boxes (picture/geometry.ts), not from handles.
 */
const CARD_HANDLE = 12;
const CARD_HANDLES: NodeHandle[] = [
  { id: null, type: 'source', position: Position.Right, x: NODE_SIZE.width - CARD_HANDLE / 2, y: NODE_SIZE.height / 2 - CARD_HANDLE / 2, width: CARD_HANDLE, height: CARD_HANDLE },
];
const siteHandles = (width: number): NodeHandle[] => [{ id: null, type: 'source', position: Position.Top, x: width / 2 - 3, y: -3, width: 6, height: 6 }];

function sameMarks(a: Marks | undefined, b: Marks | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.errors.join('\n') === b.errors.join('\n') && a.warnings.join('\n') === b.warnings.join('\n');
}

function sameSummary(a: SiteSummary, b: SiteSummary): boolean {
  return a.pools === b.pools && a.peers === b.peers && a.trunks === b.trunks && a.errors === b.errors && a.warnings === b.warnings;
}

export class FlowCache {
  private nodes = new Map<string, FlowNode>();
  private edges = new Map<string, TrunkFlowEdge>();

  buildNodes(
    doc: Topology,
    marks: Map<string, Marks>,
    selection: ReadonlySet<string>,
    previous: ReadonlyMap<string, FlowNode>,
    detail: Detail = 'full',
    summaries: ReadonlyMap<string, SiteSummary> = new Map(),
  ): FlowNode[] {
    const next = new Map<string, FlowNode>();
    const out: FlowNode[] = [];
    const counts = new Map<string, number>();
    for (const node of doc.nodes) counts.set(node.siteId, (counts.get(node.siteId) ?? 0) + 1);
    for (const site of doc.sites) {
      if (!site.frame) continue;
      const memberCount = counts.get(site.id) ?? 0;
      const summary = summaries.get(site.id) ?? EMPTY_SUMMARY;
      const selected = selection.has(site.id);
      const cached = this.nodes.get(site.id) as SiteFlowNode | undefined;
      const prev = previous.get(site.id);
      let flow: SiteFlowNode;
      if (
        cached &&
        cached.data.site === site &&
        cached.data.memberCount === memberCount &&
        cached.data.detail === detail &&
        sameSummary(cached.data.summary, summary) &&
        cached.selected === selected &&
        prev === cached
      )
        flow = cached;
      else
        flow = {
          id: site.id,
          type: 'site',
          position: { x: site.frame.x, y: site.frame.y },
          width: site.frame.width,
          height: site.frame.height,
          handles: siteHandles(site.frame.width),
          data: { site, memberCount, detail, summary },
          selected,
          zIndex: -1,
          // Drawn as one block on the site map, a site is grabbed anywhere; else by its title bar.
          ...(detail === 'site' ? {} : { dragHandle: '.site-frame__header' }),
          ariaLabel: `${site.kind === 'central' ? 'Central site' : 'Branch site'} ${site.name}`,
          ...(prev?.measured ? { measured: prev.measured } : {}),
        };
      next.set(site.id, flow);
      out.push(flow);
    }
    // On the site map the cards are not drawn (nor, with them, their trunks): the sites stand for them.
    // They are left out rather than hidden: thousands of hidden nodes still cost React Flow a pass over
    // each at every change of its store (a pan, a measurement).
    if (detail === 'site') {
      this.nodes = next;
      return out;
    }
    const positions = nodePositions(doc);
    const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
    for (const node of doc.nodes) {
      const m = marks.get(node.id);
      const selected = selection.has(node.id);
      const hop = node.kind === 'mediationPool' && node.nextHopId ? nodeById.get(node.nextHopId) : undefined;
      const nextHopName = hop ? hop.label || ('fqdn' in hop ? hop.fqdn : hop.address) : null;
      const position = positions.get(node.id)!;
      const cached = this.nodes.get(node.id) as TopologyFlowNode | undefined;
      const prev = previous.get(node.id);
      let flow: TopologyFlowNode;
      if (
        cached &&
        cached.data.node === node &&
        sameMarks(cached.data.marks, m) &&
        cached.data.nextHopName === nextHopName &&
        cached.data.detail === detail &&
        cached.selected === selected &&
        prev === cached
      ) {
        flow = cached;
      } else {
        flow = {
          id: node.id,
          type: node.kind,
          position,
          data: { node, marks: m, nextHopName, detail },
          selected,
          initialWidth: NODE_SIZE.width,
          initialHeight: NODE_SIZE.height,
          handles: CARD_HANDLES,
          ...(prev?.measured ? { measured: prev.measured } : {}),
        };
      }
      next.set(node.id, flow);
      out.push(flow);
    }
    this.nodes = next;
    return out;
  }

  buildEdges(doc: Topology, marks: Map<string, Marks>, selection: ReadonlySet<string>, detail: Detail = 'full'): FlowEdge[] {
    const out: FlowEdge[] = [];
    if (detail === 'site') {
      // The site map: one line per pair of sites, with the number of trunks between them.
      for (const bundle of siteBundles(doc)) {
        out.push({ id: bundle.id, type: 'bundle', source: bundle.from, target: bundle.to, data: { trunks: bundle.trunks }, selectable: false, focusable: false });
      }
      return out;
    }
    // Next hops first, under the trunks: thin lines of their own, neither selectable nor focusable.
    const ids = new Set(doc.nodes.map((n) => n.id));
    for (const node of doc.nodes) {
      if (node.kind !== 'mediationPool' || !node.nextHopId || !ids.has(node.nextHopId)) continue;
      out.push({ id: `nexthop:${node.id}`, type: 'nextHop', source: node.id, target: node.nextHopId, data: {}, selectable: false, focusable: false, deletable: false, zIndex: -1 });
    }
    // Trunks of one pair are drawn apart: each gets a lane, centred on the straight line.
    const lanes = trunkLanes(doc.trunks);
    const stops = trunkLabelStops(doc);
    const next = new Map<string, TrunkFlowEdge>();
    for (const trunk of doc.trunks) {
      const { lane, lanes: laneCount } = lanes.get(trunk.id)!;
      const labelStop = stops.get(trunk.id) ?? 0.35;
      const m = marks.get(trunk.id);
      const selected = selection.has(trunk.id);
      const cached = this.edges.get(trunk.id);
      const edge: TrunkFlowEdge =
        cached &&
        cached.data!.trunk === trunk &&
        cached.data!.lane === lane &&
        cached.data!.lanes === laneCount &&
        cached.data!.labelStop === labelStop &&
        sameMarks(cached.data!.marks, m) &&
        cached.selected === selected
          ? cached
          : {
              id: trunk.id,
              type: 'trunk',
              source: trunk.mediationId,
              target: trunk.peerId,
              data: { trunk, lane, lanes: laneCount, labelStop, marks: m },
              selected,
              ariaLabel: `Trunk ${trunk.name}`,
            };
      next.set(trunk.id, edge);
      out.push(edge);
    }
    this.edges = next;
    return out;
  }
}
