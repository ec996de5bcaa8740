// A site as a frame on the canvas: a title bar to drag it by, a resizer, its nodes drawn inside.
import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../editor.ts';
import { resizeSite } from '../../domain/move.ts';
import { KindIcon } from './icons.tsx';
import type { SiteFlowNode } from './toFlow.ts';

function SiteFrameImpl({ data, selected }: NodeProps<SiteFlowNode>) {
  const { t } = useTranslation();
  const editor = useEditor();
  const { site, memberCount } = data;
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
