import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeFileName } from './download.ts';

describe('safeFileName', () => {
  it('keeps ordinary names, including non-Latin ones', () => {
    expect(safeFileName('Contoso voice')).toBe('Contoso voice');
    expect(safeFileName('Zürich 北京')).toBe('Zürich 北京');
  });

  it('drops characters file systems refuse and collapses spaces', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j');
    expect(safeFileName('  many \t\n spaces  ')).toBe('many spaces');
    expect(safeFileName('tab\u0000null\u001fctl')).toBe('tab null ctl');
  });

  it('drops leading and trailing dots', () => {
    expect(safeFileName('..hidden')).toBe('hidden');
    expect(safeFileName('name...')).toBe('name');
    expect(safeFileName('../../etc/passwd')).toBe('etc passwd');
  });

  it('drops bidi overrides that could disguise an extension', () => {
    expect(safeFileName('invoice\u202egnp.exe')).toBe('invoice gnp.exe');
  });

  it('falls back to "topology" when nothing is left', () => {
    expect(safeFileName('')).toBe('topology');
    expect(safeFileName('   ')).toBe('topology');
    expect(safeFileName('???')).toBe('topology');
    expect(safeFileName('...')).toBe('topology');
  });

  it('avoids Windows device names', () => {
    expect(safeFileName('CON')).toBe('CON topology');
    expect(safeFileName('lpt1')).toBe('lpt1 topology');
    expect(safeFileName('Console')).toBe('Console');
  });

  it('shortens long names without splitting a character', () => {
    const out = safeFileName('🚀'.repeat(300));
    expect(Array.from(out)).toHaveLength(120);
    expect(out).toBe('🚀'.repeat(120));
  });

  it('always gives a non-empty name free of forbidden characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...Array.from('<>:"/\\|?*. \t\n\u0000\u001f\u202eaZé北🚀')), maxLength: 150 }), (name) => {
        const out = safeFileName(name);
        return out.length > 0 && !/[<>:"/\\|?*\p{Cc}]/u.test(out) && out === out.trim() && !out.startsWith('.') && !out.endsWith('.');
      }),
    );
  });
});
