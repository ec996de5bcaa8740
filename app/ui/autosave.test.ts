// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renameDocument } from '../domain/edit.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { validDoc } from '../domain/testing/build.ts';
import { initI18n } from '../i18n/index.ts';
import { createDocumentStore } from '../store/documentStore.ts';
import { createSessionStore } from '../store/sessionStore.ts';
import { RECOVERY_KEY, listCopies } from '../store/recovery.ts';
import { MemoryStorage } from '../store/testing/memoryStorage.ts';
import { generateTopology } from '../domain/generate.ts';
import { WORKER_FROM_SAVED_CHARS } from '../io/workerSizes.ts';
import { AUTOSAVE_KEY, RETRY_AFTER_FAILURE_MS, loadAutosave, parseSavedAhead, startAutosave } from './autosave.ts';
import { createEditor } from './editor.ts';

beforeAll(() => initI18n());

/** The autosave's delay, then the write's own task (fake timers run a 0 ms timer set during a tick 1 ms later). */
const SAVED = 301;

/** With fake timers: an editor on validDoc() whose design is autosaved to `storage` after 300 ms; `end` stops both. */
function autosaving(storage = new MemoryStorage()) {
  vi.useFakeTimers();
  const editor = createEditor(createDocumentStore(validDoc()), createSessionStore());
  const autosave = startAutosave(editor, storage, 300);
  return {
    storage,
    editor,
    autosave,
    rename: (name: string) => editor.commit(renameDocument(editor.doc(), name)),
    saved: () => storage.getItem(AUTOSAVE_KEY),
    end: () => {
      autosave();
      vi.useRealTimers();
    },
  };
}

function failingStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  storage.failing = true;
  return storage;
}

describe('autosave', () => {
  it('restores exactly what it saved', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, serializeTopology(validDoc()));
    const loaded = loadAutosave(storage);
    expect(loaded.kind === 'restored' && loaded.doc).toEqual(validDoc());
  });

  it('restores a large saved design parsed ahead (in a worker, where there is one) exactly', async () => {
    const storage = new MemoryStorage();
    const large = serializeTopology(generateTopology(2400, 3));
    expect(large.length).toBeGreaterThanOrEqual(WORKER_FROM_SAVED_CHARS);
    storage.setItem(AUTOSAVE_KEY, large);
    const parse = await parseSavedAhead(storage);
    const loaded = loadAutosave(storage, parse);
    expect(loaded.kind === 'restored' && serializeTopology(loaded.doc)).toBe(large);
    // Any other text is parsed as it comes.
    expect(parse('nope').ok).toBe(false);
  });

  it('keeps an unreadable save aside instead of losing it', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"format": "trunkline.topology", "schemaVersion": 1, "nodes": "garbage"');
    expect(loadAutosave(storage)).toEqual({ kind: 'unreadable', kept: true });
    expect(listCopies(storage)).toEqual([expect.objectContaining({ reason: 'unreadable', text: expect.stringContaining('garbage') as string })]);
    expect(loadAutosave(new MemoryStorage()).kind).toBe('none');
  });

  it('saves within the delay after a change, and when the page is hidden', () => {
    const { rename, saved, end } = autosaving();
    rename('Saved');
    expect(saved()).toBeNull();
    vi.advanceTimersByTime(SAVED);
    expect(saved()).toContain('"name": "Saved"');
    rename('Hidden');
    window.dispatchEvent(new Event('pagehide'));
    expect(saved()).toContain('"name": "Hidden"');
    end();
  });

  it('serializes and writes in two tasks, writing the design as it is when the write comes', () => {
    const { rename, saved, autosave, end } = autosaving();
    rename('First');
    vi.advanceTimersByTime(300);
    // The delay's task serialized; the write is a task of its own.
    expect(vi.getTimerCount()).toBe(1);
    expect(saved()).toBeNull();
    vi.runOnlyPendingTimers();
    expect(saved()).toContain('"name": "First"');
    // Leaving the page between the two tasks writes at once.
    rename('Leaving');
    vi.advanceTimersByTime(300);
    window.dispatchEvent(new Event('pagehide'));
    expect(saved()).toContain('"name": "Leaving"');
    expect(vi.getTimerCount()).toBe(0);
    // Held between the two tasks: nothing is written.
    rename('Held');
    vi.advanceTimersByTime(300);
    autosave.hold();
    vi.runOnlyPendingTimers();
    expect(saved()).toContain('"name": "Leaving"');
    autosave.resume();
    expect(saved()).toContain('"name": "Held"');
    end();
  });

  it('shows one notice when saving fails and keeps the design in the tab', () => {
    const { storage, editor, rename, saved, end } = autosaving(failingStorage());
    const writes = vi.spyOn(storage, 'setItem');
    rename('One');
    vi.advanceTimersByTime(SAVED);
    expect(writes).toHaveBeenCalledTimes(1);
    // After a failure the next save waits RETRY_AFTER_FAILURE_MS, whatever changes meanwhile.
    rename('Two');
    vi.advanceTimersByTime(SAVED);
    rename('Two, again');
    vi.advanceTimersByTime(SAVED);
    expect(writes).toHaveBeenCalledTimes(1);
    const notices = editor.session.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/could not be saved.*storage full/);
    expect(editor.doc().name).toBe('Two, again');
    storage.failing = false;
    rename('Three');
    vi.advanceTimersByTime(SAVED);
    expect(writes).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(RETRY_AFTER_FAILURE_MS);
    expect(writes).toHaveBeenCalledTimes(2);
    expect(saved()).toContain('"name": "Three"');
    expect(editor.session.getState().notices).toHaveLength(0);
    // Saved again: changes are saved after the usual delay.
    rename('Four');
    vi.advanceTimersByTime(SAVED);
    expect(saved()).toContain('"name": "Four"');
    end();
  });

  it('tries again at once when the page is left, even while waiting after a failure', () => {
    const { storage, rename, saved, end } = autosaving(failingStorage());
    rename('One');
    vi.advanceTimersByTime(SAVED);
    storage.failing = false;
    rename('Two');
    window.dispatchEvent(new Event('pagehide'));
    expect(saved()).toContain('"name": "Two"');
    end();
  });
});

describe('nothing lost (issue 12)', () => {
  it('says so when an unreadable save cannot be set aside, and holds saving until the user chooses', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    const original = '{"format": "trunkline.topology", "nodes": "garbage"';
    storage.setItem(AUTOSAVE_KEY, original);
    storage.failing = true;
    expect(loadAutosave(storage)).toEqual({ kind: 'unreadable', kept: false });
    storage.failing = false;
    const editor = createEditor(createDocumentStore(validDoc()), createSessionStore());
    const autosave = startAutosave(editor, storage, 300);
    autosave.hold();
    editor.commit(renameDocument(editor.doc(), 'First edit'));
    vi.advanceTimersByTime(1000);
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(original);
    autosave.resume();
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "First edit"');
    autosave();
    vi.useRealTimers();
  });

  it('stops saving over a design another tab saved, and offers to open it or keep it as a copy', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    const editor = createEditor(createDocumentStore(validDoc()), createSessionStore());
    const stop = startAutosave(editor, storage, 300);
    editor.commit(renameDocument(editor.doc(), 'Mine'));
    vi.advanceTimersByTime(SAVED);
    const theirs = serializeTopology(renameDocument(validDoc(), 'Theirs'));
    storage.setItem(AUTOSAVE_KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: AUTOSAVE_KEY, newValue: theirs }));
    editor.commit(renameDocument(editor.doc(), 'Mine, edited'));
    vi.advanceTimersByTime(SAVED);
    // Their design stays in the slot; mine is kept beside it.
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(theirs);
    expect(listCopies(storage).map((c) => [c.reason, c.name])).toEqual([['otherTab', 'Mine, edited']]);
    const notice = editor.session.getState().notices.at(-1)!;
    expect(notice.actions.map((a) => a.label)).toEqual(["Open the other tab's design", 'Go on with mine (keep theirs as a copy)']);
    notice.actions[1]!.run();
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Mine, edited"');
    expect(listCopies(storage).map((c) => c.name)).toEqual(['Theirs', 'Mine, edited']);
    stop();
    vi.useRealTimers();
  });

  it('opens the other tab\'s design when asked, keeping this one as a copy', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    const editor = createEditor(createDocumentStore(renameDocument(validDoc(), 'Mine')), createSessionStore());
    const stop = startAutosave(editor, storage, 300);
    editor.commit(renameDocument(editor.doc(), 'Mine, edited'));
    const theirs = serializeTopology(renameDocument(validDoc(), 'Theirs'));
    storage.setItem(AUTOSAVE_KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: AUTOSAVE_KEY, newValue: theirs }));
    editor.session.getState().notices.at(-1)!.actions[0]!.run();
    expect(editor.doc().name).toBe('Theirs');
    expect(listCopies(storage).map((c) => c.name)).toEqual(['Mine, edited']);
    vi.advanceTimersByTime(1000);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(theirs);
    expect(storage.getItem(RECOVERY_KEY)).not.toBeNull();
    stop();
    vi.useRealTimers();
  });
});
