// A node card: icon, label, FQDN or address, server count, collocated Mediation, problem mark, handle.
// Zoomed out (lod.ts) it is a simple block: the kind's icon, one large label and the mark.
import { memo } from 'react';
import { Handle, Position, useConnection, type NodeProps } from '@xyflow/react';
import { canJoin } from '../../domain/newTrunk.ts';
import { useEditor } from '../editor.ts';
import { KindIcon } from './icons.tsx';
import type { TopologyFlowNode } from './toFlow.ts';
import { useHighlight } from '../routing/highlight.ts';
import { useCanvasT } from './canvasT.ts';

function TopologyNodeCardImpl({ id, data, selected }: NodeProps<TopologyFlowNode>) {
  const t = useCanvasT();
  const editor = useEditor();
  const { node, marks, nextHopName, detail } = data;
  // Re-renders only when a connection starts or ends, not on every pointer move.
  const highlight = useHighlight(id);
  const connectingFrom = useConnection((c) => (c.inProgress ? c.fromNode.id : null));
  const target = connectingFrom && connectingFrom !== id ? (canJoin(editor.doc(), connectingFrom, id) ? 'allowed' : 'refused') : null;
  const address = 'fqdn' in node ? node.fqdn : node.address;
  const status = marks?.errors.length ? 'error' : marks?.warnings.length ? 'warning' : 'ok';
  const className = ['node-card', `node-card--${node.kind}`, `node-card--${status}`, selected ? 'is-selected' : '', target ? `is-target-${target}` : '']
    .filter(Boolean)
    .join(' ');
  const mark =
    status !== 'ok' ? (
      <span
        className={`node-card__mark node-card__mark--${status}`}
        aria-label={[
          marks!.errors.length ? t('canvas.node.errors', { count: marks!.errors.length }) : '',
          marks!.warnings.length ? t('canvas.node.warnings', { count: marks!.warnings.length }) : '',
        ]
          .filter(Boolean)
          .join(', ')}
      >
        {status === 'error' ? '!' : '▲'}
      </span>
    ) : null;
  const handle = <Handle type="source" position={Position.Right} className="node-card__handle" title={t('canvas.node.handle')} />;
  if (detail !== 'full') {
    return (
      <div className={`${className} node-card--block`} data-status={status} data-target={target ?? undefined} data-highlight={highlight}>
        <div className="node-card__icon">
          <KindIcon kind={node.kind} size={24} />
        </div>
        <div className="node-card__block-label">{node.label || t(`kinds.${node.kind}`)}</div>
        {mark}
        {handle}
      </div>
    );
  }
  return (
    <div className={className} data-status={status} data-target={target ?? undefined} data-highlight={highlight}>
      <div className="node-card__icon">
        <KindIcon kind={node.kind} />
      </div>
      <div className="node-card__body">
        <div className="node-card__title">{node.label || t(`kinds.${node.kind}`)}</div>
        <div className="node-card__address" title={address}>
          {address || '—'}
        </div>
        <div className="node-card__meta">
          {'servers' in node && <span>{t('canvas.node.servers', { count: node.servers.length })}</span>}
          {node.kind === 'frontEndPool' && (
            <span className={node.mediation ? 'tag tag--on' : 'tag'}>{node.mediation ? t('canvas.node.collocated') : t('canvas.node.noMediation')}</span>
          )}
          {node.kind === 'mediationPool' && <span>{nextHopName ? t('canvas.node.nextHop', { name: nextHopName }) : t('canvas.node.noNextHop')}</span>}
          {node.kind !== 'frontEndPool' && node.kind !== 'mediationPool' && node.kind !== 'director' && <span>{t(`kinds.${node.kind}`)}</span>}
        </div>
      </div>
      {mark}
      {status !== 'ok' && (
        <div className="node-card__tooltip" role="tooltip">
          {[...marks!.errors.map((m) => ['error', m] as const), ...marks!.warnings.map((m) => ['warning', m] as const)].map(([severity, message], i) => (
            <p key={i} className={`tooltip-line tooltip-line--${severity}`}>
              {message}
            </p>
          ))}
        </div>
      )}
      {handle}
    </div>
  );
}

export const TopologyNodeCard = memo(TopologyNodeCardImpl);
