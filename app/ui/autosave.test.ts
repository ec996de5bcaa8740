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
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    const editor = createEditor(createDocumentStore(validDoc()), createSessionStore());
    const stop = startAutosave(editor, storage, 300);
    editor.commit(renameDocument(editor.doc(), 'Saved'));
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    vi.advanceTimersByTime(SAVED);
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Saved"');
    editor.commit(renameDocument(editor.doc(), 'Hidden'));
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Hidden"');
    stop();
    vi.useRealTimers();
  });

  it('serializes and writes in two tasks, writing the design as it is when the write comes', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    const editor = createEditor(createDocumentStore(validDoc()), createSessionStore());
    const stop = startAutosave(editor, storage, 300);
    editor.commit(renameDocument(editor.doc(), 'First'));
    vi.advanceTimersByTime(300);
    // The delay's task serialized; the write is a task of its own.
    expect(vi.getTimerCount()).toBe(1);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    vi.runOnlyPendingTimers();
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "First"');
    // Leaving the page between the two tasks writes at once.
    editor.commit(renameDocument(editor.doc(), 'Leaving'));
    vi.advanceTimersByTime(300);
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Leaving"');
    expect(vi.getTimerCount()).toBe(0);
    // Held between the two tasks: nothing is written.
    editor.commit(renameDocument(editor.doc(), 'Held'));
    vi.advanceTimersByTime(300);
    stop.hold();
    vi.runOnlyPendingTimers();
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Leaving"');
    stop.resume();
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Held"');
    stop();
    vi.useRealTimers();
  });

  it('shows one notice when saving fails and keeps the design in the tab', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    storage.failing = true;
    const editor = createEditor(createDocumentStore(validDoc()), createSessionStore());
    const stop = startAutosave(editor, storage, 300);
    const writes = vi.spyOn(storage, 'setItem');
    editor.commit(renameDocument(editor.doc(), 'One'));
    vi.advanceTimersByTime(SAVED);
    expect(writes).toHaveBeenCalledTimes(1);
    // After a failure the next save waits RETRY_AFTER_FAILURE_MS, whatever changes meanwhile.
    editor.commit(renameDocument(editor.doc(), 'Two'));
    vi.advanceTimersByTime(SAVED);
    editor.commit(renameDocument(editor.doc(), 'Two, again'));
    vi.advanceTimersByTime(SAVED);
    expect(writes).toHaveBeenCalledTimes(1);
    const notices = editor.session.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/could not be saved.*storage full/);
    expect(editor.doc().name).toBe('Two, again');
    storage.failing = false;
    editor.commit(renameDocument(editor.doc(), 'Three'));
    vi.advanceTimersByTime(SAVED);
    expect(writes).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(RETRY_AFTER_FAILURE_MS);
    expect(writes).toHaveBeenCalledTimes(2);
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Three"');
    expect(editor.session.getState().notices).toHaveLength(0);
    // Saved again: changes are saved after the usual delay.
    editor.commit(renameDocument(editor.doc(), 'Four'));
    vi.advanceTimersByTime(SAVED);
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Four"');
    stop();
    vi.useRealTimers();
  });

  it('tries again at once when the page is left, even while waiting after a failure', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    storage.failing = true;
    const editor = createEditor(createDocumentStore(validDoc()), createSessionStore());
    const stop = startAutosave(editor, storage, 300);
    editor.commit(renameDocument(editor.doc(), 'One'));
    vi.advanceTimersByTime(SAVED);
    storage.failing = false;
    editor.commit(renameDocument(editor.doc(), 'Two'));
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Two"');
    stop();
    vi.useRealTimers();
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
