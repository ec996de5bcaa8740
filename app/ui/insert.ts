// Adding an element from the palette, by drop or by keyboard.
import i18next from 'i18next';
import { newNode, newSite } from '../domain/defaults.ts';
import { addNode, addSite } from '../domain/edit.ts';
import { FRAME_HEADER, FRAME_PADDING, NODE_SIZE, siteAt } from '../domain/geometry.ts';
import type { NodeKind, Position, Topology } from '../domain/model.ts';
import type { Editor } from './editor.ts';

export type PaletteKind = NodeKind | 'centralSite' | 'branchSite';

export const SITE_SIZE = { width: 640, height: 400 } as const;

/** Adds an element centred on a canvas position; returns its id, or null when refused (with the reason announced). */
export function insertElement(editor: Editor, kind: PaletteKind, center: Position): string | null {
  let doc: Topology = editor.doc();
  if (kind === 'centralSite' || kind === 'branchSite') {
    const frame = { x: center.x - SITE_SIZE.width / 2, y: center.y - SITE_SIZE.height / 2, ...SITE_SIZE };
    const site = newSite(doc, kind === 'centralSite' ? 'central' : 'branch', frame);
    if (!site) {
      editor.session.getState().announce(i18next.t('canvas.noBranchWithoutCentral'));
      return null;
    }
    editor.commit(addSite(doc, site));
    editor.session.getState().select([site.id]);
    return site.id;
  }
  const position = { x: center.x - NODE_SIZE.width / 2, y: center.y - NODE_SIZE.height / 2 };
  let site = siteAt(doc.sites, position);
  if (!site) {
    // Every node belongs to a site: a design without one gets a central site around its first node.
    const created = newSite(doc, 'central', {
      x: position.x - FRAME_PADDING,
      y: position.y - FRAME_PADDING - FRAME_HEADER,
      width: Math.max(SITE_SIZE.width, NODE_SIZE.width + 2 * FRAME_PADDING),
      height: Math.max(SITE_SIZE.height, NODE_SIZE.height + 2 * FRAME_PADDING + FRAME_HEADER),
    });
    if (!created) return null;
    doc = addSite(doc, created);
    site = created;
  }
  const node = newNode(doc, kind, site.id, position);
  editor.commit(addNode(doc, node));
  editor.session.getState().select([node.id]);
  return node.id;
}
