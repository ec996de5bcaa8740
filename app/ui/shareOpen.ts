// Opening a share link: the shared design is shown, and the design this browser had stays
// recoverable. A damaged link says so, and the user's own design opens as usual.
import i18next from 'i18next';
import type { Topology } from '../domain/model.ts';
import { type RecoveryCopy, keepCopy, listCopies } from '../store/recovery.ts';
import { AUTOSAVE_KEY } from './autosave.ts';
import type { Editor } from './editor.ts';
import { openDocument } from './openDocument.ts';
import { withTask } from './task.ts';
import type { ParseResult } from '../domain/parse.ts';
import { loadParser, loadedParser } from './parser.ts';

export function hasShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').trim().length > 0;
}

/** A recovery copy that can be opened again. */
export interface KeptDesign {
  copy: RecoveryCopy;
  doc: Topology;
}

/**
 * The recovery copies that can still be read, newest first (an unreadable save cannot be opened, only kept).
 * Every way a copy is made loads the parser first (a saved design at start, a link, another tab's design),
 * so without the parser there is no copy to list.
 */
export function keptDesigns(storage: Storage): KeptDesign[] {
  const parse = loadedParser();
  if (!parse) return [];
  const out: KeptDesign[] = [];
  for (const copy of listCopies(storage)) {
    const parsed = parse(copy.text);
    if (parsed.ok) out.push({ copy, doc: parsed.doc });
  }
  return out;
}

/** Opens the share link in the address bar, if there is one; then clears it, so a reload opens the saved design. */
export async function openShareLinkFromLocation(editor: Editor, storage: Storage, mode: 'reset' | 'replace'): Promise<void> {
  const hash = window.location.hash;
  if (!hasShareFragment(hash)) return;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  // The link codec (and its decompressor) is loaded only when there is a link to read; the parser first,
  // so that zod is evaluated once, after main.tsx's zodJitless.
  const parseTopologyText = await loadParser();
  const [codec, { decodeLink }] = await Promise.all([import('../domain/link/shareLink.ts'), import('../io/readAndParse.ts')]);
  let result: ParseResult;
  try {
    // A long link, or one holding a large design, is decoded in a worker: past a quarter second a notice says so, with Cancel.
    result = await withTask(editor, i18next.t('share.reading'), (signal) => decodeLink(hash.slice(1), codec, signal));
  } catch (error) {
    // Cancelled: the link is not opened, and the design that was there stays.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    throw error;
  }
  if (!result.ok) {
    editor.dialogs.current?.refuse({
      title: i18next.t('share.refusedTitle'),
      intro: i18next.t('share.refusedIntro'),
      problems: result.problems,
    });
    return;
  }
  let own: string | null = null;
  try {
    own = storage.getItem(AUTOSAVE_KEY);
  } catch {
    // Storage refused: there is nothing of the user's to keep aside.
  }
  const ownParsed = own === null ? null : parseTopologyText(own);
  const ownDoc = ownParsed?.ok ? ownParsed.doc : null;
  // Kept as a recovery copy, beside those of earlier links: a second link does not push the first design out.
  const keep = own === null || ownDoc === null ? null : keepCopy(storage, 'beforeLink', own);
  const autosave = editor.autosave.current;
  if (keep && !keep.kept) autosave?.hold();
  await openDocument(editor, result.doc, mode);
  const session = editor.session.getState();
  const back = { label: i18next.t('share.backToMine'), run: () => void openDocument(editor, ownDoc!).then(() => autosave?.resume()) };
  if (!keep) session.notify('info', i18next.t('share.opened', { name: result.doc.name }));
  else if (keep.kept) session.notify('info', i18next.t('share.openedKept', { name: result.doc.name }), back);
  else {
    // The truth: the design could not be set aside, so it stays in its slot until the user chooses.
    session.notify('error', i18next.t('share.openedNotKept', { name: result.doc.name }), [back, { label: i18next.t('share.saveShared'), run: () => autosave?.resume() }]);
  }
}
