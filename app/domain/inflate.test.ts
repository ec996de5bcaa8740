import { deflateSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateCapped } from './inflate.ts';

const text = new TextEncoder().encode('Front End pool, Mediation pool, PSTN gateway. '.repeat(200));
const dictionary = new TextEncoder().encode('Mediation pool PSTN gateway');

describe('inflateCapped', () => {
  it('inflates raw deflate, with and without a dictionary, and zlib', () => {
    expect(inflateCapped(deflateSync(text), { format: 'deflate', maxBytes: 1e6 })).toEqual({ ok: true, bytes: text });
    expect(inflateCapped(deflateSync(text, { dictionary }), { format: 'deflate', maxBytes: 1e6, dictionary })).toEqual({ ok: true, bytes: text });
    expect(inflateCapped(zlibSync(text), { format: 'zlib', maxBytes: 1e6 })).toEqual({ ok: true, bytes: text });
  });

  it('accepts output of exactly the cap and refuses one byte more', () => {
    expect(inflateCapped(deflateSync(text), { format: 'deflate', maxBytes: text.length }).ok).toBe(true);
    expect(inflateCapped(deflateSync(text), { format: 'deflate', maxBytes: text.length - 1 })).toEqual({ ok: false, failure: 'tooLarge', detail: '' });
  });

  it('stops a bomb about one step past the cap', () => {
    const bomb = zlibSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    let produced = 0;
    const result = inflateCapped(bomb, { format: 'zlib', maxBytes: 4 * 1048576, onProgress: (n) => (produced = n) });
    expect(result).toEqual({ ok: false, failure: 'tooLarge', detail: '' });
    expect(produced).toBeGreaterThan(4 * 1048576);
    expect(produced).toBeLessThan(6 * 1048576);
  });

  it('tells a cut stream from a corrupt one', () => {
    const whole = deflateSync(text);
    expect(inflateCapped(whole.subarray(0, whole.length - 3), { format: 'deflate', maxBytes: 1e6 })).toMatchObject({ ok: false, failure: 'incomplete' });
    expect(inflateCapped(new Uint8Array(0), { format: 'deflate', maxBytes: 1e6 })).toMatchObject({ ok: false, failure: 'incomplete' });
    const corrupt = inflateCapped(new Uint8Array([0xff, 0xff, 0xff, 0xff]), { format: 'deflate', maxBytes: 1e6 });
    expect(corrupt).toMatchObject({ ok: false, failure: 'corrupt' });
    expect(corrupt.ok ? '' : corrupt.detail).not.toBe('');
    expect(inflateCapped(deflateSync(text), { format: 'zlib', maxBytes: 1e6 })).toMatchObject({ ok: false, failure: 'corrupt' });
  });

  it('refuses data pressed against a dictionary when inflated without it', () => {
    expect(inflateCapped(deflateSync(text, { dictionary }), { format: 'deflate', maxBytes: 1e6 }).ok).toBe(false);
  });
});
