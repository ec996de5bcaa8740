// Autosave: the design is kept in localStorage within half a second of each change and when the
// page is hidden. Reading it back goes through the one parser, like any untrusted input.
import i18next from 'i18next';
import type { Topology } from '../domain/model.ts';
import { parseTopologyText } from '../domain/parse.ts';
import { serializeTopology } from '../domain/serialize.ts';
import type { Editor } from './editor.ts';

export const AUTOSAVE_KEY = 'trunkline.autosave.v1';
/** Where a saved design that could not be read is kept, so that nothing is silently lost. */
export const UNREADABLE_KEY = 'trunkline.autosave.unreadable';
export const AUTOSAVE_DELAY_MS = 300;

export type LoadResult = { kind: 'none' } | { kind: 'restored'; doc: Topology } | { kind: 'unreadable' };

export function loadAutosave(storage: Storage): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const parsed = parseTopologyText(text);
  if (parsed.ok) return { kind: 'restored', doc: parsed.doc };
  try {
    storage.setItem(UNREADABLE_KEY, text);
  } catch {
    // Nothing more can be done: the notice still tells the user.
  }
  return { kind: 'unreadable' };
}

function describeFailure(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)) return 'storage full';
  if (error instanceof Error) return error.name === 'SecurityError' ? 'storage not allowed' : error.message;
  return String(error);
}

/** Starts saving on every document change; returns a function that stops it. */
export function startAutosave(editor: Editor, storage: Storage, delay = AUTOSAVE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saved: Topology = editor.doc();
  let failureNotice: number | null = null;

  const save = () => {
    timer = null;
    const doc = editor.doc();
    if (doc === saved) return;
    try {
      storage.setItem(AUTOSAVE_KEY, serializeTopology(doc));
      saved = doc;
      if (failureNotice !== null) {
        editor.session.getState().dismiss(failureNotice);
        failureNotice = null;
      }
    } catch (error) {
      if (failureNotice === null) failureNotice = editor.session.getState().notify('error', i18next.t('notices.saveFailed', { reason: describeFailure(error) }));
    }
  };
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    save();
  };
  const unsubscribe = editor.documents.subscribe((state, previous) => {
    if (state.history.present === previous.history.present) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(save, delay);
  });
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
  };
}

/** Marks the current document as the saved one, e.g. after restoring it. */
export function saveNow(storage: Storage, doc: Topology): boolean {
  try {
    storage.setItem(AUTOSAVE_KEY, serializeTopology(doc));
    return true;
  } catch {
    return false;
  }
}
