// The palette: buttons to drag onto the canvas, or to focus and press Enter.
import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PALETTE_MIME } from './canvas/Canvas.tsx';
import { KindIcon } from './canvas/icons.tsx';
import { useEditor } from './editor.ts';
import { SITE_SIZE, insertElement, type PaletteKind } from './insert.ts';
import { freeSpot } from './placement.ts';

const GROUPS: { titleKey: string; items: PaletteKind[] }[] = [
  { titleKey: 'palette.sites', items: ['centralSite', 'branchSite'] },
  { titleKey: 'palette.servers', items: ['frontEndPool', 'mediationPool', 'director'] },
  { titleKey: 'palette.peers', items: ['pstnGateway', 'ipPbx', 'sbc'] },
];

export function Palette() {
  const { t } = useTranslation();
  const editor = useEditor();

  const insertAtCentre = (kind: PaletteKind) => {
    const flow = editor.flow.current;
    const pane = document.querySelector('.canvas')?.getBoundingClientRect();
    if (!flow || !pane) return;
    const centre = flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 });
    const site = kind === 'centralSite' || kind === 'branchSite';
    insertElement(editor, kind, freeSpot(editor.doc(), centre, site ? 'site' : 'node', site ? SITE_SIZE : undefined));
  };

  return (
    <aside className="palette" aria-label={t('palette.label')}>
      <p className="palette__hint">{t('palette.hint')}</p>
      {GROUPS.map((group) => (
        <section key={group.titleKey} className="palette__group">
          <h2 className="palette__title">{t(group.titleKey)}</h2>
          {group.items.map((kind) => (
            <button
              key={kind}
              type="button"
              className="palette__item"
              draggable
              data-kind={kind}
              onDragStart={(event: DragEvent) => {
                event.dataTransfer.setData(PALETTE_MIME, kind);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={(event) => {
                // A click with the mouse does nothing: the item is dragged. Enter and Space insert.
                if (event.detail === 0) insertAtCentre(kind);
              }}
              onKeyDown={(event: KeyboardEvent) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  insertAtCentre(kind);
                }
              }}
            >
              <KindIcon kind={kind} size={18} />
              {/* Sites are named in the palette's words; nodes by their kind's name, as everywhere else. */}
              <span>{t(kind === 'centralSite' || kind === 'branchSite' ? `palette.${kind}` : `kinds.${kind}`)}</span>
            </button>
          ))}
        </section>
      ))}
    </aside>
  );
}
