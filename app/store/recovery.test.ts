import { describe, expect, it } from 'vitest';
import { RECOVERY_KEY, RECOVERY_LIMIT, keepCopy, listCopies } from './recovery.ts';
import { MemoryStorage } from './testing/memoryStorage.ts';

const design = (name: string) => JSON.stringify({ format: 'trunkline.topology', schemaVersion: 1, name });

describe('recovery copies', () => {
  it('keeps a short list, newest first, with dates and names', () => {
    const storage = new MemoryStorage();
    for (let i = 1; i <= RECOVERY_LIMIT + 2; i++) expect(keepCopy(storage, 'beforeLink', design(`D${i}`), { now: new Date(Date.UTC(2026, 0, i)) })).toEqual({ kept: true });
    const list = listCopies(storage);
    expect(list.map((c) => c.name)).toEqual(['D7', 'D6', 'D5', 'D4', 'D3']);
    expect(list[0]!.savedAt).toBe('2026-01-07T00:00:00.000Z');
  });

  it('does not keep the same text twice, and replaces a copy with the same id', () => {
    const storage = new MemoryStorage();
    keepCopy(storage, 'beforeLink', design('A'));
    keepCopy(storage, 'beforeLink', design('A'));
    keepCopy(storage, 'otherTab', design('B1'), { id: 'tab' });
    keepCopy(storage, 'otherTab', design('B2'), { id: 'tab' });
    expect(listCopies(storage).map((c) => [c.reason, c.name])).toEqual([
      ['otherTab', 'B2'],
      ['beforeLink', 'A'],
    ]);
  });

  it('says when a copy could not be kept', () => {
    const storage = new MemoryStorage();
    storage.failing = true;
    expect(keepCopy(storage, 'unreadable', 'garbage')).toEqual({ kept: false, why: 'full' });
    expect(listCopies(storage)).toEqual([]);
  });

  it('moves the single slots of the earlier version into the list, and ignores a damaged list', () => {
    const storage = new MemoryStorage();
    storage.setItem('trunkline.autosave.beforeLink', design('Old'));
    storage.setItem('trunkline.autosave.unreadable', 'not json');
    expect(listCopies(storage).map((c) => [c.reason, c.name, c.savedAt])).toEqual([
      ['beforeLink', 'Old', ''],
      ['unreadable', null, ''],
    ]);
    expect(storage.getItem('trunkline.autosave.beforeLink')).toBeNull();
    storage.setItem(RECOVERY_KEY, JSON.stringify([{ id: 1 }, { id: 'x', reason: 'constructor', savedAt: '', name: null, text: '' }, 'junk']));
    expect(listCopies(storage)).toEqual([]);
    storage.setItem(RECOVERY_KEY, '{not json');
    expect(listCopies(storage)).toEqual([]);
  });
});
