import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDnsName } from '../names.ts';
import { hostNameFault, hostNameReason, isHostName } from './naming.ts';

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

  it('names each kind of fault', () => {
    expect(hostNameFault('')).toEqual({ id: 'empty' });
    expect(hostNameReason('10.0.0.5')).toEqual({ term: 'hostName.ipAddress' });
    expect(hostNameReason('10.0.0.256')).toEqual({ term: 'hostName.badIpv4' });
    expect(hostNameReason('fe::zz')).toEqual({ term: 'hostName.colon' });
    expect(hostNameReason('host')).toEqual({ term: 'hostName.oneLabel' });
    expect(hostNameReason('a..b')).toEqual({ term: 'hostName.emptyLabel' });
    expect(hostNameReason('a_b.c')).toEqual({ term: 'hostName.characters' });
    expect(hostNameReason('a-.b')).toEqual({ term: 'hostName.hyphen' });
    expect(hostNameReason('a.123')).toEqual({ term: 'hostName.numericLabel' });
    expect(hostNameReason(`${'a.'.repeat(127)}a`)).toEqual({ term: 'hostName.tooLong', params: { length: 255 } });
  });
});
