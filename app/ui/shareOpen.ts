// Opening a share link: the shared design is shown, and the design this browser had stays
// recoverable. A damaged link says so, and the user's own design opens as usual.
import i18next from 'i18next';
import type { Topology } from '../domain/model.ts';
import { parseTopologyText } from '../domain/parse.ts';
import { AUTOSAVE_KEY } from './autosave.ts';
import type { Editor } from './editor.ts';
import { openDocument } from './openDocument.ts';

/** The design the browser held before a share link replaced it. */
export const BEFORE_LINK_KEY = 'trunkline.autosave.beforeLink';

export function hasShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').trim().length > 0;
}

/** The design kept aside when a link was opened, if it can still be read. */
export function keptDesign(storage: Storage): Topology | null {
  try {
    const text = storage.getItem(BEFORE_LINK_KEY);
    if (text === null) return null;
    const parsed = parseTopologyText(text);
    return parsed.ok ? parsed.doc : null;
  } catch {
    return null;
  }
}

/** Opens the share link in the address bar, if there is one; then clears it, so a reload opens the saved design. */
export async function openShareLinkFromLocation(editor: Editor, storage: Storage, mode: 'reset' | 'replace'): Promise<void> {
  const hash = window.location.hash;
  if (!hasShareFragment(hash)) return;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  // The link codec (and its decompressor) is loaded only when there is a link to read.
  const { decodeShareLink } = await import('../domain/link/shareLink.ts');
  const result = decodeShareLink(hash.slice(1));
  if (!result.ok) {
    editor.dialogs.current?.refuse({
      title: i18next.t('share.refusedTitle'),
      intro: i18next.t('share.refusedIntro'),
      problems: result.problems,
    });
    return;
  }
  try {
    const own = storage.getItem(AUTOSAVE_KEY);
    if (own !== null) storage.setItem(BEFORE_LINK_KEY, own);
  } catch {
    // Storage refused: the user's design is still in storage under its own key, untouched until the next save.
  }
  const before = keptDesign(storage);
  await openDocument(editor, result.doc, mode);
  editor.session.getState().notify(
    'info',
    i18next.t(before ? 'share.openedKept' : 'share.opened', { name: result.doc.name }),
    before ? { label: i18next.t('share.backToMine'), run: () => void openDocument(editor, before) } : undefined,
  );
}
