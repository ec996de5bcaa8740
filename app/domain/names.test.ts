import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCase } from './names.ts';

describe('lowerCase', () => {
  it('gives what toLowerCase gives, for any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => lowerCase(text) === text.toLowerCase()));
  });

  it('lowers ASCII and beyond', () => {
    expect(lowerCase('GW01.Contoso.COM')).toBe('gw01.contoso.com');
    expect(lowerCase('ÄRGER-İ')).toBe('ÄRGER-İ'.toLowerCase());
    expect(lowerCase('s0-p2-5068')).toBe('s0-p2-5068');
    expect(lowerCase('')).toBe('');
  });
});
