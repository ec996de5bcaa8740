// A real 1×1 PNG built by hand, for the tests and the bench: images the app reads need not come from a browser.
import { zlibSync } from 'fflate';
import { crc32 } from '../imageEmbed.ts';

export function u32(n: number): number[] {
  return [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** A PNG chunk: length, type, data and the CRC of type and data. */
export function pngChunk(type: string, data: ArrayLike<number>): number[] {
  const body = new Uint8Array([...Array.from(type, (c) => c.charCodeAt(0)), ...Array.from(data)]);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

/** 1×1, 8-bit RGBA (the scanline is filter byte 0 and one transparent pixel); `extra` chunks go before IEND. */
export function tinyPng(extra: number[] = []): Uint8Array<ArrayBuffer> {
  const ihdr = [...u32(1), ...u32(1), 8, 6, 0, 0, 0];
  const idat = zlibSync(new Uint8Array([0, 0, 0, 0, 0]));
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...pngChunk('IHDR', ihdr), ...pngChunk('IDAT', idat), ...extra, ...pngChunk('IEND', [])]);
}
