// Byte-level building blocks of the share-link layout: unsigned and zigzag varints, numbers that
// stay exact, strings as WTF-8. The reader checks every bound and throws LinkDamage, never reads
// past its input, and never allocates more than the input can justify.

import type { Message } from '../diagnostic.ts';
import { type ProblemId, type ProblemParams, problemMessage, term } from '../problems.ts';

/** A defect in the bytes of a link; decodeShareLink turns it into a problem (`link.*`, a whole sentence). */
export class LinkDamage<I extends ProblemId = ProblemId> extends Error {
  override name = 'LinkDamage';
  readonly problem: Message;

  constructor(id: I, params: ProblemParams<I>) {
    super(id);
    this.problem = problemMessage(id, params);
  }
}

/** What a link may claim to hold too many of, as terms. */
const ITEMS = {
  sites: term('items.sites'),
  nodes: term('items.nodes'),
  trunks: term('items.trunks'),
  servers: term('items.servers'),
} as const;

export type CountedItems = keyof typeof ITEMS;

/** 2^53 - 1: varints stop here so that every value read is an exact JavaScript number. */
const MAX_VARINT = Number.MAX_SAFE_INTEGER;
/** Integers within this bound are written as varints; anything else as a float64, so nothing is rounded. */
const MAX_SMALL_INT = 2 ** 47;

export function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

export function unzigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

export class ByteWriter {
  private buffer = new Uint8Array(256);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value & 0xff;
  }

  /** An unsigned integer, 7 bits a byte, low bits first. Arithmetic instead of bit operators: values go past 2^32. */
  uint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a varint: ${value}`);
    let n = value;
    while (n >= 0x80) {
      this.byte((n % 0x80) + 0x80);
      n = Math.floor(n / 0x80);
    }
    this.byte(n);
  }

  sint(value: number): void {
    this.uint(zigzag(value));
  }

  /**
   * Any number, exactly: an integer near `base` as a varint of its distance (low bit 0), anything else
   * (fractions, huge values) as a float64 (low bit 1). Delta coding against a base turns repeated
   * layouts into repeated bytes, which deflate then removes.
   */
  number(value: number, base = 0): void {
    const delta = value - base;
    if (Number.isInteger(value) && Number.isInteger(base) && Math.abs(delta) <= MAX_SMALL_INT) {
      this.uint(zigzag(delta) * 2);
    } else {
      this.uint(1);
      this.reserve(8);
      new DataView(this.buffer.buffer).setFloat64(this.length, value, true);
      this.length += 8;
    }
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** Length-prefixed WTF-8: like UTF-8, but a lone surrogate survives, so any JavaScript string round-trips. */
  string(value: string): void {
    const encoded = encodeWtf8(value);
    this.uint(encoded.length);
    this.bytes(encoded);
  }

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export class ByteReader {
  private offset = 0;

  constructor(private readonly data: Uint8Array) {}

  get remaining(): number {
    return this.data.length - this.offset;
  }

  byte(): number {
    const value = this.data[this.offset];
    if (value === undefined) throw new LinkDamage('link.endsEarly', {});
    this.offset++;
    return value;
  }

  uint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (value > MAX_VARINT) break;
        return value;
      }
      scale *= 0x80;
    }
    throw new LinkDamage('link.numberTooLarge', {});
  }

  sint(): number {
    return unzigzag(this.uint());
  }

  number(base = 0): number {
    const head = this.uint();
    if (head % 2 === 0) return base + unzigzag(head / 2);
    if (head !== 1) throw new LinkDamage('link.malformedNumber', {});
    if (this.remaining < 8) throw new LinkDamage('link.endsEarly', {});
    const value = new DataView(this.data.buffer, this.data.byteOffset + this.offset, 8).getFloat64(0, true);
    this.offset += 8;
    return value;
  }

  string(): string {
    const length = this.uint();
    if (length > this.remaining) throw new LinkDamage('link.endsEarly', {});
    const bytes = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return decodeWtf8(bytes);
  }

  /** An element count, refused before anything is allocated for it. */
  count(limit: number, what: CountedItems): number {
    const n = this.uint();
    if (n > limit) {
      throw new LinkDamage('link.claims', {
        claimed: n,
        items: ITEMS[what],
        limit,
      });
    }
    return n;
  }
}

export function encodeWtf8(text: string): Uint8Array {
  // At most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
  const out = new Uint8Array(text.length * 3);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out[o++] = c;
    else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    } else {
      out[o++] = 0xf0 | (c >> 18);
      out[o++] = 0x80 | ((c >> 12) & 0x3f);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, o);
}

export function decodeWtf8(bytes: Uint8Array): string {
  const units: number[] = [];
  const parts: string[] = [];
  const flush = () => {
    parts.push(String.fromCharCode(...units));
    units.length = 0;
  };
  const cont = (i: number): number => {
    const b = bytes[i];
    if (b === undefined || (b & 0xc0) !== 0x80) throw new LinkDamage('link.malformedText', {});
    return b & 0x3f;
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let c: number;
    if (b < 0x80) {
      c = b;
      i += 1;
    } else if (b >= 0xc2 && b < 0xe0) {
      c = ((b & 0x1f) << 6) | cont(i + 1);
      i += 2;
    } else if (b >= 0xe0 && b < 0xf0) {
      c = ((b & 0x0f) << 12) | (cont(i + 1) << 6) | cont(i + 2);
      if (c < 0x800) throw new LinkDamage('link.malformedText', {});
      i += 3;
    } else if (b >= 0xf0 && b < 0xf5) {
      c = ((b & 0x07) << 18) | (cont(i + 1) << 12) | (cont(i + 2) << 6) | cont(i + 3);
      if (c < 0x10000 || c > 0x10ffff) throw new LinkDamage('link.malformedText', {});
      i += 4;
    } else {
      throw new LinkDamage('link.malformedText', {});
    }
    if (c >= 0x10000) units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
    else units.push(c);
    // fromCharCode(...units) takes its arguments on the stack: keep each call small.
    if (units.length >= 4096) flush();
  }
  flush();
  return parts.join('');
}
