// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renameDocument } from '../domain/edit.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { validDoc } from '../domain/testing/build.ts';
import { initI18n } from '../i18n/index.ts';
import { createDocumentStore } from '../store/documentStore.ts';
import { createSessionStore } from '../store/sessionStore.ts';
import { AUTOSAVE_KEY, UNREADABLE_KEY, loadAutosave, startAutosave } from './autosave.ts';
import { createEditor } from './editor.ts';

class MemoryStorage implements Storage {
  items = new Map<string, string>();
  failing = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failing) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

beforeAll(() => initI18n());

describe('autosave', () => {
  it('restores exactly what it saved', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, serializeTopology(validDoc()));
    const loaded = loadAutosave(storage);
    expect(loaded.kind === 'restored' && loaded.doc).toEqual(validDoc());
  });

  it('keeps an unreadable save aside instead of losing it', () => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, '{"format": "trunkline.topology", "schemaVersion": 1, "nodes": "garbage"');
    expect(loadAutosave(storage).kind).toBe('unreadable');
    expect(storage.getItem(UNREADABLE_KEY)).toContain('garbage');
    expect(loadAutosave(new MemoryStorage()).kind).toBe('none');
  });

  it('saves within the delay after a change, and when the page is hidden', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    const editor = createEditor(createDocumentStore(validDoc()), createSessionStore());
    const stop = startAutosave(editor, storage, 300);
    editor.commit(renameDocument(editor.doc(), 'Saved'));
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    vi.advanceTimersByTime(300);
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Saved"');
    editor.commit(renameDocument(editor.doc(), 'Hidden'));
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('"name": "Hidden"');
    stop();
    vi.useRealTimers();
  });

  it('shows one notice when saving fails and keeps the design in the tab', () => {
    vi.useFakeTimers();
    const storage = new MemoryStorage();
    storage.failing = true;
    const editor = createEditor(createDocumentStore(validDoc()), createSessionStore());
    const stop = startAutosave(editor, storage, 300);
    editor.commit(renameDocument(editor.doc(), 'One'));
    vi.advanceTimersByTime(300);
    editor.commit(renameDocument(editor.doc(), 'Two'));
    vi.advanceTimersByTime(300);
    const notices = editor.session.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/could not be saved.*storage full/);
    expect(editor.doc().name).toBe('Two');
    storage.failing = false;
    editor.commit(renameDocument(editor.doc(), 'Three'));
    vi.advanceTimersByTime(300);
    expect(editor.session.getState().notices).toHaveLength(0);
    stop();
    vi.useRealTimers();
  });
});
