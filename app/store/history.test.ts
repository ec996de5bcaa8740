import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, commit, createHistory, redo, seal, undo } from './history.ts';

describe('history', () => {
  it('undoes and redoes commits in order', () => {
    let h = createHistory('a');
    h = commit(h, 'b');
    h = commit(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('drops the redo branch on a new commit', () => {
    let h = commit(commit(createHistory(1), 2), 3);
    h = commit(undo(h), 4);
    expect(h.future).toEqual([]);
    expect(undo(h).present).toBe(2);
  });

  it('merges commits with the same key into one step until sealed', () => {
    let h = createHistory('');
    h = commit(h, 'p', 'name');
    h = commit(h, 'po', 'name');
    h = commit(h, 'por', 'name');
    expect(undo(h).present).toBe('');
    h = commit(seal(h), 'port', 'name');
    expect(undo(h).present).toBe('por');
  });

  it('ignores a commit of the same document', () => {
    const h = createHistory({ x: 1 });
    expect(commit(h, h.present)).toBe(h);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = commit(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(50);
  });
});
