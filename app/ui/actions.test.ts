// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ACTIONS, matchesShortcut } from './actions.ts';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('shortcuts', () => {
  it('match their keys and modifiers exactly (Ctrl stands for Mod off the Mac)', () => {
    expect(matchesShortcut(key({ key: 'z', ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(key({ key: 'Z', ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z')).toBe(true);
    expect(matchesShortcut(key({ key: 'Z', ctrlKey: true, shiftKey: true }), 'Mod+Z')).toBe(false);
    expect(matchesShortcut(key({ key: 'y', ctrlKey: true }), 'Ctrl+Y')).toBe(true);
    expect(matchesShortcut(key({ key: 'Delete' }), 'Delete')).toBe(true);
    expect(matchesShortcut(key({ key: '!', code: 'Digit1', shiftKey: true }), 'Shift+1')).toBe(true);
    expect(matchesShortcut(key({ key: 'z' }), 'Mod+Z')).toBe(false);
  });

  it('are not given to two actions', () => {
    const all = ACTIONS.flatMap((a) => a.shortcuts);
    expect(new Set(all).size).toBe(all.length);
  });
});
