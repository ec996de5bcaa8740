// A trunk: a line between the two node cards, its lane offset so that trunks of one pair lie apart,
// labelled with transport and ports ("TLS 5067→5068"); the root trunk drawn heavier.
import { memo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { NODE_SIZE } from '../../domain/geometry.ts';
import type { TrunkFlowEdge } from './toFlow.ts';

const LANE_GAP = 26;

function box(node: InternalNode) {
  const width = node.measured.width ?? NODE_SIZE.width;
  const height = node.measured.height ?? NODE_SIZE.height;
  const { x, y } = node.internals.positionAbsolute;
  return { cx: x + width / 2, cy: y + height / 2, hw: width / 2, hh: height / 2 };
}

/** Where the ray from a box's centre along (dx, dy) leaves the box. */
function exitPoint(b: ReturnType<typeof box>, dx: number, dy: number, ox: number, oy: number) {
  const tx = dx === 0 ? Infinity : b.hw / Math.abs(dx);
  const ty = dy === 0 ? Infinity : b.hh / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: b.cx + ox + dx * t, y: b.cy + oy + dy * t };
}

function TrunkEdgeImpl({ id, source, target, data, selected }: EdgeProps<TrunkFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode || !data) return null;
  const { trunk, lane, lanes, marks } = data;
  const a = box(sourceNode);
  const b = box(targetNode);
  const len = Math.hypot(b.cx - a.cx, b.cy - a.cy);
  // Cards on top of each other (or a trunk from a node to itself) have no direction: draw across.
  const dx = len === 0 ? 1 : (b.cx - a.cx) / len;
  const dy = len === 0 ? 0 : (b.cy - a.cy) / len;
  const shift = (lane - (lanes - 1) / 2) * LANE_GAP;
  // Perpendicular offset, clamped so that every lane still leaves through the cards' sides.
  const ox = -dy * shift;
  const oy = dx * shift;
  const start = exitPoint(a, dx, dy, ox, oy);
  const end = exitPoint(b, -dx, -dy, ox, oy);
  const path = `M${start.x},${start.y}L${end.x},${end.y}`;
  // The label sits a third of the way from the mediation side: trunks that cross keep their labels apart.
  const mx = start.x + (end.x - start.x) * 0.35;
  const my = start.y + (end.y - start.y) * 0.35;
  const status = marks?.errors.length ? 'error' : marks?.warnings.length ? 'warning' : 'ok';
  const label = `${trunk.transport} ${trunk.mediationPort}→${trunk.peerPort}`;
  return (
    <g className={`trunk trunk--${status}${trunk.root ? ' trunk--root' : ''}${selected ? ' is-selected' : ''}`} data-testid={`trunk-${id}`}>
      <BaseEdge id={id} path={path} interactionWidth={14} />
      <text className="trunk__label" x={mx} y={my - 6} textAnchor="middle">
        {trunk.root ? `★ ${label}` : label}
      </text>
    </g>
  );
}

export const TrunkEdge = memo(TrunkEdgeImpl);
