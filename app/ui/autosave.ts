// Autosave: the design is kept in localStorage within half a second of each change and when the
// page is hidden. Reading it back goes through the one parser, like any untrusted input.
import i18next from 'i18next';
import type { Topology } from '../domain/model.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { keepCopy, listCopies } from '../store/recovery.ts';
import type { Editor } from './editor.ts';
import { type ParseText, loadParser, loadedParser } from './parser.ts';
import { WORKER_FROM_SAVED_CHARS } from '../io/workerSizes.ts';

export const AUTOSAVE_KEY = 'trunkline.autosave.v1';
export const AUTOSAVE_DELAY_MS = 300;
/**
 * After a save fails (storage full, or not allowed), the next is tried no sooner than this, and when the page is
 * left. A design over the quota would otherwise be serialized after every change (about 80 ms at 10,000 nodes)
 * only to fail again; the notice already says it is not saved.
 */
export const RETRY_AFTER_FAILURE_MS = 30_000;

/** `kept`: whether the unreadable text could be set aside among the recovery copies (store/recovery.ts). */
export type LoadResult = { kind: 'none' } | { kind: 'restored'; doc: Topology } | { kind: 'unreadable'; kept: boolean };

/** Whether storage holds a design to read at start (the saved one or a recovery copy): then main.tsx loads the parser first. */
export function hasSavedDesign(storage: Storage): boolean {
  try {
    return storage.getItem(AUTOSAVE_KEY) !== null || listCopies(storage).length > 0;
  } catch {
    return false;
  }
}

/**
 * Loads the parser and, when the saved design is large, parses it ahead in a worker (the page's thread stays
 * free for the start): the parse function returned gives loadAutosave that result for that text.
 */
export async function parseSavedAhead(storage: Storage): Promise<ParseText> {
  let text: string | null = null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    // Storage refused: loadAutosave finds nothing either.
  }
  const parse = await loadParser();
  if (text === null || text.length < WORKER_FROM_SAVED_CHARS) return parse;
  const { parseText } = await import('../io/readAndParse.ts');
  const saved = text;
  const parsed = await parseText(saved, parse);
  return (other) => (other === saved ? parsed : parse(other));
}

/** Reads the saved design; when there is one, the parser must have loaded (loadParser). */
export function loadAutosave(storage: Storage, parse: ParseText | null = loadedParser()): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  if (!parse) throw new Error('loadAutosave: the parser has not loaded (await loadParser() first)');
  const parsed = parse(text);
  if (parsed.ok) return { kind: 'restored', doc: parsed.doc };
  return { kind: 'unreadable', kept: keepCopy(storage, 'unreadable', text).kept };
}

function describeFailure(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)) return 'storage full';
  if (error instanceof Error) return error.name === 'SecurityError' ? 'storage not allowed' : error.message;
  return String(error);
}

/**
 * Stops the autosave (the function itself), or holds it: while held, nothing is written over the saved
 * design, so that what is there (a design that could not be set aside, another tab's design) survives.
 */
export type AutosaveHandle = (() => void) & {
  hold(): void;
  /** Saves again; `doc` (when given) is taken as what storage holds now. */
  resume(doc?: Topology): void;
};

/** This tab, among the recovery copies: its design is kept there while another tab's design is in the saved slot. */
const TAB_ID = `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Starts saving on every document change; returns a handle that stops it. When another tab saves a
 * design, this tab stops writing over it: its own design goes to the recovery copies instead, and a
 * notice offers to open the other tab's design or to go on with this one (the other is then kept as a copy).
 */
export function startAutosave(editor: Editor, storage: Storage, delay = AUTOSAVE_DELAY_MS): AutosaveHandle {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The design last written (or found) in storage; null when this tab's design must be written at once. */
  let saved: Topology | null = editor.doc();
  let written: string | null = null;
  let failureNotice: number | null = null;
  let held = false;
  let otherTab = false;
  let otherTabNotice: number | null = null;

  /** Date.now() before which no save is tried after one failed (0: none failed). */
  let retryAt = 0;
  const fail = (error: unknown) => {
    retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
    if (failureNotice === null) failureNotice = editor.session.getState().notify('error', i18next.t('notices.saveFailed', { reason: describeFailure(error) }));
  };
  const write = (doc: Topology, text: string) => {
    if (otherTab) {
      // Another tab's design is in the saved slot: this one is kept beside it, not over it.
      const result = keepCopy(storage, 'otherTab', text, { id: TAB_ID });
      if (result.kept) {
        saved = doc;
        retryAt = 0;
      } else fail(new DOMException(result.why, result.why === 'full' ? 'QuotaExceededError' : 'SecurityError'));
      return;
    }
    try {
      storage.setItem(AUTOSAVE_KEY, text);
      saved = doc;
      written = text;
      retryAt = 0;
      if (failureNotice !== null) {
        editor.session.getState().dismiss(failureNotice);
        failureNotice = null;
      }
    } catch (error) {
      fail(error);
    }
  };
  /**
   * Serialized, not yet written. Serializing a large design and writing it to localStorage (synchronous, several MB)
   * each take around 100 ms at 10,000 nodes: the timer's save does them in two tasks, so that neither blocks the page
   * for long (issue 12). Leaving the page writes at once.
   */
  let pending: { doc: Topology; text: string; timer: ReturnType<typeof setTimeout> } | null = null;
  const writePending = () => {
    if (pending === null) return;
    const { doc, text, timer: writeTimer } = pending;
    clearTimeout(writeTimer);
    pending = null;
    if (!held) write(doc, text);
  };
  const save = (now: boolean) => {
    timer = null;
    const doc = editor.doc();
    if (pending !== null && pending.doc !== doc) {
      // Changed again since it was serialized: what is written is the design as it is now.
      clearTimeout(pending.timer);
      pending = null;
    }
    if (pending !== null) {
      if (now) writePending();
      return;
    }
    if (doc === saved || held) return;
    const text = serializeTopology(doc);
    if (now) write(doc, text);
    else pending = { doc, text, timer: setTimeout(writePending, 0) };
  };
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    save(true);
  };
  const unsubscribe = editor.documents.subscribe((state, previous) => {
    if (state.history.present === previous.history.present) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(save, Math.max(delay, retryAt - Date.now()), false);
  });
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== AUTOSAVE_KEY || event.newValue === null || event.newValue === written) return;
    // There is another design to read (and soon kept copies to list): the parser loads now.
    void loadParser();
    // From now on this tab's changes go beside the other tab's design, starting with any not saved yet.
    otherTab = true;
    flush();
    const session = editor.session.getState();
    if (otherTabNotice !== null) session.dismiss(otherTabNotice);
    otherTabNotice = session.notify('info', i18next.t('notices.otherTab'), [
      {
        label: i18next.t('notices.openOtherTab'),
        run: () => {
          const open = (parse: ParseText) => {
            const parsed = parse(storage.getItem(AUTOSAVE_KEY) ?? '');
            if (!parsed.ok) return;
            // This tab's design stays among the recovery copies.
            flush();
            otherTab = false;
            editor.documents.getState().reset(parsed.doc);
            saved = parsed.doc;
          };
          // Loading began with the storage event; a click this early waits for it.
          const parse = loadedParser();
          if (parse) open(parse);
          else void loadParser().then(open);
        },
      },
      {
        label: i18next.t('notices.keepMine'),
        run: () => {
          const theirs = storage.getItem(AUTOSAVE_KEY);
          const result = theirs === null ? ({ kept: true } as const) : keepCopy(storage, 'otherTab', theirs);
          if (!result.kept) {
            session.notify('error', i18next.t('notices.otherTabNotKept'));
            return;
          }
          otherTab = false;
          saved = null;
          flush();
        },
      },
    ]);
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);
  window.addEventListener('storage', onStorage);
  const stop = () => {
    flush();
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('storage', onStorage);
  };
  return Object.assign(stop, {
    hold: () => {
      held = true;
    },
    resume: (doc?: Topology) => {
      held = false;
      if (doc) saved = doc;
      flush();
    },
  });
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
