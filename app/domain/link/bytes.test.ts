import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, base64urlEncode } from './base64url.ts';
import { ByteReader, ByteWriter, decodeWtf8, encodeWtf8 } from './bytes.ts';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('link bytes', { timeout: 60_000 }, () => {
  it('writes base64url as node does, and reads it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = base64urlEncode(bytes);
        // Buffer only as a reference here: the codec itself must run in browsers too.
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        const back = base64urlDecode(text);
        expect(back.ok && [...back.bytes]).toEqual([...bytes]);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses base64url with a foreign character or an impossible length', () => {
    expect(base64urlDecode('ab+c')).toEqual({ ok: false, problem: { messageId: 'link.badCharacter', params: { character: '"+"' } } });
    expect(base64urlDecode('abcde')).toEqual({ ok: false, problem: { messageId: 'link.badLength', params: {} } });
  });

  it('round-trips any JavaScript string through WTF-8, lone surrogates included; UTF-8 where the string is well formed', () => {
    const unit = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(decodeWtf8(encodeWtf8(text))).toBe(text);
        if (!LONE_SURROGATE.test(text)) expect([...encodeWtf8(text)]).toEqual([...new TextEncoder().encode(text)]);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips any number exactly, against any base', () => {
    const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 47, 2 ** 60, 1e300, -0, 0.1));
    fc.assert(
      fc.property(number, number, fc.nat({ max: Number.MAX_SAFE_INTEGER }), (value, base, n) => {
        const w = new ByteWriter();
        w.number(value, base);
        w.uint(n);
        // zigzag doubles a magnitude: signed varints hold up to 2^52.
        const signed = -(n % 2 ** 52);
        w.sint(signed);
        const r = new ByteReader(w.finish());
        const back = r.number(base);
        // -0 written as the integer 0 reads back as 0, which serializes the same.
        expect(Object.is(back, value) || (back === 0 && value === 0)).toBe(true);
        expect(r.uint()).toBe(n);
        expect(r.sint()).toBe(signed + 0);
        expect(r.remaining).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a varint longer than a safe integer and reading past the end', () => {
    expect(() => new ByteReader(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])).uint()).toThrow('link.numberTooLarge');
    expect(() => new ByteReader(new Uint8Array([0x80])).uint()).toThrow('link.endsEarly');
    expect(() => new ByteReader(new Uint8Array([5, 0x61])).string()).toThrow('link.endsEarly');
  });
});
