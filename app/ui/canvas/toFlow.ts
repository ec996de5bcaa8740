// The document as React Flow nodes and edges. Objects are reused while their inputs are unchanged,
// so React Flow keeps its measurements and memoized components do not re-render.
import type { Edge, Node } from '@xyflow/react';
import type { Diagnostic } from '../../domain/diagnostic.ts';
import { NODE_SIZE } from '../../domain/geometry.ts';
import { diagnosticText } from '../diagnosticText.ts';
import type { Site, Topology, TopologyNode, Trunk } from '../../domain/model.ts';

export interface Marks {
  errors: string[];
  warnings: string[];
}

export type SiteFlowNode = Node<{ site: Site; memberCount: number }, 'site'>;
export type TopologyFlowNode = Node<{ node: TopologyNode; marks: Marks | undefined; nextHopName: string | null }, TopologyNode['kind']>;
export type TrunkFlowEdge = Edge<{ trunk: Trunk; lane: number; lanes: number; marks: Marks | undefined }, 'trunk'>;
export type FlowNode = SiteFlowNode | TopologyFlowNode;

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

function sameMarks(a: Marks | undefined, b: Marks | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.errors.join('\n') === b.errors.join('\n') && a.warnings.join('\n') === b.warnings.join('\n');
}

/** Where a node without a position is drawn until the user or the automatic layout places it. */
function fallbackPosition(index: number, site: Site | undefined): { x: number; y: number } {
  const origin = site?.frame ?? { x: 0, y: 0 };
  return { x: origin.x + 40 + (index % 3) * (NODE_SIZE.width + 40), y: origin.y + 76 + Math.floor(index / 3) * (NODE_SIZE.height + 40) };
}

export class FlowCache {
  private nodes = new Map<string, FlowNode>();
  private edges = new Map<string, TrunkFlowEdge>();

  buildNodes(doc: Topology, marks: Map<string, Marks>, selection: ReadonlySet<string>, previous: ReadonlyMap<string, FlowNode>): FlowNode[] {
    const next = new Map<string, FlowNode>();
    const out: FlowNode[] = [];
    const counts = new Map<string, number>();
    for (const node of doc.nodes) counts.set(node.siteId, (counts.get(node.siteId) ?? 0) + 1);
    for (const site of doc.sites) {
      if (!site.frame) continue;
      const memberCount = counts.get(site.id) ?? 0;
      const selected = selection.has(site.id);
      const cached = this.nodes.get(site.id) as SiteFlowNode | undefined;
      const prev = previous.get(site.id);
      let flow: SiteFlowNode;
      if (cached && cached.data.site === site && cached.data.memberCount === memberCount && cached.selected === selected && prev === cached) flow = cached;
      else
        flow = {
          id: site.id,
          type: 'site',
          position: { x: site.frame.x, y: site.frame.y },
          width: site.frame.width,
          height: site.frame.height,
          data: { site, memberCount },
          selected,
          zIndex: -1,
          dragHandle: '.site-frame__header',
          ariaLabel: `${site.kind === 'central' ? 'Central site' : 'Branch site'} ${site.name}`,
          ...(prev?.measured ? { measured: prev.measured } : {}),
        };
      next.set(site.id, flow);
      out.push(flow);
    }
    const unplaced = new Map<string, number>();
    const siteById = new Map(doc.sites.map((s) => [s.id, s]));
    const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
    for (const node of doc.nodes) {
      const m = marks.get(node.id);
      const selected = selection.has(node.id);
      const hop = node.kind === 'mediationPool' && node.nextHopId ? nodeById.get(node.nextHopId) : undefined;
      const nextHopName = hop ? (hop.label || ('fqdn' in hop ? hop.fqdn : hop.address)) : null;
      // Count every unplaced node, cached or not, so that each keeps its fallback place.
      let position = node.position;
      if (!position) {
        const i = unplaced.get(node.siteId) ?? 0;
        unplaced.set(node.siteId, i + 1);
        position = fallbackPosition(i, siteById.get(node.siteId));
      }
      const cached = this.nodes.get(node.id) as TopologyFlowNode | undefined;
      const prev = previous.get(node.id);
      let flow: TopologyFlowNode;
      if (cached && cached.data.node === node && sameMarks(cached.data.marks, m) && cached.data.nextHopName === nextHopName && cached.selected === selected && prev === cached) {
        flow = cached;
      } else {
        flow = {
          id: node.id,
          type: node.kind,
          position,
          data: { node, marks: m, nextHopName },
          selected,
          ...(prev?.measured ? { measured: prev.measured } : {}),
        };
      }
      next.set(node.id, flow);
      out.push(flow);
    }
    this.nodes = next;
    return out;
  }

  buildEdges(doc: Topology, marks: Map<string, Marks>, selection: ReadonlySet<string>): TrunkFlowEdge[] {
    // Trunks of one pair are drawn apart: each gets a lane, centred on the straight line.
    const lanes = new Map<string, number>();
    const laneOf = new Map<string, number>();
    for (const trunk of doc.trunks) {
      const key = `${trunk.mediationId}|${trunk.peerId}`;
      const lane = lanes.get(key) ?? 0;
      lanes.set(key, lane + 1);
      laneOf.set(trunk.id, lane);
    }
    const next = new Map<string, TrunkFlowEdge>();
    const out: TrunkFlowEdge[] = [];
    for (const trunk of doc.trunks) {
      const lane = laneOf.get(trunk.id)!;
      const laneCount = lanes.get(`${trunk.mediationId}|${trunk.peerId}`)!;
      const m = marks.get(trunk.id);
      const selected = selection.has(trunk.id);
      const cached = this.edges.get(trunk.id);
      const edge: TrunkFlowEdge =
        cached && cached.data!.trunk === trunk && cached.data!.lane === lane && cached.data!.lanes === laneCount && sameMarks(cached.data!.marks, m) && cached.selected === selected
          ? cached
          : {
              id: trunk.id,
              type: 'trunk',
              source: trunk.mediationId,
              target: trunk.peerId,
              data: { trunk, lane, lanes: laneCount, marks: m },
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
