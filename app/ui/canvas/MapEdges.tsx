// Lines that are not trunks: a Mediation pool's next hop (thin, dashed, not selectable), and on the
// site map the trunks between two sites bundled into one line with their number.
import { memo } from 'react';
import { useInternalNode, type EdgeProps } from '@xyflow/react';
import { floatingLine, pointAt } from '../../picture/geometry.ts';
import { boxOf } from './TrunkEdge.tsx';
import type { BundleFlowEdge, NextHopFlowEdge } from './toFlow.ts';
import { useCanvasT } from './canvasT.ts';

function NextHopEdgeImpl({ source, target }: EdgeProps<NextHopFlowEdge>) {
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode) return null;
  const l = floatingLine(boxOf(sourceNode), boxOf(targetNode));
  return <path className="next-hop" d={`M${l.x1},${l.y1}L${l.x2},${l.y2}`} />;
}

function BundleEdgeImpl({ source, target, data }: EdgeProps<BundleFlowEdge>) {
  const t = useCanvasT();
  const sourceNode = useInternalNode(source);
  const targetNode = useInternalNode(target);
  if (!sourceNode || !targetNode || !data) return null;
  const l = floatingLine(boxOf(sourceNode), boxOf(targetNode));
  const at = pointAt(l, 0.5);
  return (
    <g className="bundle">
      <path className="bundle__line" d={`M${l.x1},${l.y1}L${l.x2},${l.y2}`} />
      <text className="bundle__label" x={at.x} y={at.y} textAnchor="middle" dominantBaseline="middle">
        {t('canvas.summary.trunks', { count: data.trunks })}
      </text>
    </g>
  );
}

export const NextHopEdge = memo(NextHopEdgeImpl);
export const BundleEdge = memo(BundleEdgeImpl);
