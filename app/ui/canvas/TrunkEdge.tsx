// A trunk: a floating line between the sides of the two cards that face each other, its lane offset
// so that trunks of one pair fan out, labelled with transport and ports ("TLS 5067→5068") where the
// label covers no other label; the root trunk drawn heavier. Geometry shared with the pictures.
import { memo } from 'react';
import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { NODE_SIZE } from '../../domain/geometry.ts';
import { floatingLine, pointAt, trunkLabel, type Box } from '../../picture/geometry.ts';
import type { TrunkFlowEdge } from './toFlow.ts';
import { useHighlight } from '../routing/highlight.ts';

export function boxOf(node: InternalNode, fallback: { width: number; height: number } = NODE_SIZE): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? fallback.width, height: node.measured.height ?? node.height ?? fallback.height };
}

function TrunkEdgeImpl({ id, source, target, data, selected }: EdgeProps<TrunkFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  // "Test a number": the first route's trunks, or a later route's (failover).
  const highlight = useHighlight(id);
  if (!sourceNode || !targetNode || !data) return null;
  const { trunk, lane, lanes, labelStop, marks } = data;
  const line = floatingLine(boxOf(sourceNode), boxOf(targetNode), lane, lanes);
  const path = `M${line.x1},${line.y1}L${line.x2},${line.y2}`;
  const at = pointAt(line, labelStop);
  const status = marks?.errors.length ? 'error' : marks?.warnings.length ? 'warning' : 'ok';
  return (
    <g className={`trunk trunk--${status}${trunk.root ? ' trunk--root' : ''}${selected ? ' is-selected' : ''}`} data-testid={`trunk-${id}`} data-highlight={highlight}>
      <BaseEdge id={id} path={path} interactionWidth={14} />
      <text className="trunk__label" x={at.x} y={at.y - 6} textAnchor="middle">
        {trunkLabel(trunk)}
      </text>
    </g>
  );
}

export const TrunkEdge = memo(TrunkEdgeImpl);
