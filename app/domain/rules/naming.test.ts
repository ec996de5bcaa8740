import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDnsName } from '../names.ts';
import { hostNameProblem, isHostName, listText } from './naming.ts';

describe('isHostName', () => {
  it('is isDnsName without an all-digit last label', () => {
    const char = fc.constantFrom('a', 'Z', '0', '9', '-', '.', '_', ' ', ':');
    const name = fc.oneof(
      fc.string({ unit: char, maxLength: 20 }),
      fc.array(fc.string({ unit: fc.constantFrom('a', '1', '-'), minLength: 0, maxLength: 66 }), { minLength: 1, maxLength: 6 }).map((labels) => labels.join('.')),
    );
    fc.assert(
      fc.property(name, (text) => {
        const lastLabel = text.slice(text.lastIndexOf('.') + 1);
        expect(isHostName(text)).toBe(isDnsName(text) && !/^\d+$/.test(lastLabel));
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts the edges and refuses just past them', () => {
    expect(isHostName(`${'a'.repeat(63)}.com`)).toBe(true);
    expect(isHostName(`${'a'.repeat(64)}.com`)).toBe(false);
    expect(isHostName(`${'a.'.repeat(126)}a`)).toBe(true); // 253 characters
    expect(isHostName(`${'a.'.repeat(126)}ab`)).toBe(false); // 254 characters
    expect(isHostName('host.1-2')).toBe(true);
    expect(isHostName('10.0.0.256')).toBe(false);
    expect(isHostName('10.0.0.5')).toBe(false);
  });

  it('explains each kind of fault', () => {
    expect(hostNameProblem('')).toMatch(/empty/);
    expect(hostNameProblem('10.0.0.5')).toMatch(/IP address/);
    expect(hostNameProblem('10.0.0.256')).toMatch(/IPv4/);
    expect(hostNameProblem('fe::zz')).toMatch(/IPv6/);
    expect(hostNameProblem('host')).toMatch(/two labels/);
    expect(hostNameProblem('a..b')).toMatch(/empty label/);
    expect(hostNameProblem('a_b.c')).toMatch(/letters, digits/);
    expect(hostNameProblem('a-.b')).toMatch(/hyphen/);
    expect(hostNameProblem('a.123')).toMatch(/all digits/);
  });
});

describe('listText', () => {
  it('joins with commas and a final "and"', () => {
    expect(listText([])).toBe('');
    expect(listText(['a'])).toBe('a');
    expect(listText(['a', 'b'])).toBe('a and b');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
