// A site as a frame on the canvas: a title bar to drag it by, a resizer, its nodes drawn inside.
// On the site map (zoomed far out, lod.ts) it is one block: its name and counts, grabbed anywhere.
import { memo } from 'react';
import { Handle, NodeResizer, Position, type NodeProps } from '@xyflow/react';
import { useEditor } from '../editor.ts';
import { resizeSite } from '../../domain/move.ts';
import { KindIcon } from './icons.tsx';
import type { SiteFlowNode } from './toFlow.ts';
import { useHighlight } from '../routing/highlight.ts';
import { useCanvasT } from './canvasT.ts';

function SiteFrameImpl({ data, selected }: NodeProps<SiteFlowNode>) {
  const t = useCanvasT();
  const editor = useEditor();
  const { site, memberCount, detail, summary } = data;
  // "Test a number" on the site map: the sites its routes' trunks leave from and reach.
  const highlight = useHighlight(site.id);
  if (detail === 'site') {
    const status = summary.errors ? 'error' : summary.warnings ? 'warning' : 'ok';
    return (
      <div className={`site-frame site-frame--${site.kind} site-frame--map${selected ? ' is-selected' : ''}`} data-status={status} data-highlight={highlight}>
        <div className="site-map__name">{site.name}</div>
        <div className="site-map__counts">
          {[
            t('canvas.summary.pools', { count: summary.pools }),
            t('canvas.summary.peers', { count: summary.peers }),
            t('canvas.summary.trunks', { count: summary.trunks }),
            ...(summary.errors ? [t('canvas.summary.errors', { count: summary.errors })] : []),
          ].join(' · ')}
        </div>
        {/* React Flow draws an edge only between handles: this one, never connectable, anchors the bundles. */}
        <Handle type="source" position={Position.Top} isConnectable={false} className="site-map__handle" />
        {status !== 'ok' && <span className={`site-map__mark node-card__mark--${status}`}>{status === 'error' ? '!' : '▲'}</span>}
      </div>
    );
  }
  return (
    <div className={`site-frame site-frame--${site.kind}${selected ? ' is-selected' : ''}`}>
      <NodeResizer
        isVisible={selected}
        minWidth={240}
        minHeight={160}
        onResizeEnd={(_event, params) => {
          const frame = { x: params.x, y: params.y, width: params.width, height: params.height };
          editor.commit(resizeSite(editor.doc(), site.id, frame));
        }}
      />
      <div className="site-frame__header">
        <KindIcon kind={site.kind === 'central' ? 'centralSite' : 'branchSite'} size={16} />
        <span className="site-frame__name">{site.name}</span>
        <span className="site-frame__kind">
          {t(`canvas.site.${site.kind}`)} · {t('canvas.site.nodes', { count: memberCount })}
        </span>
      </div>
    </div>
  );
}

export const SiteFrame = memo(SiteFrameImpl);
