// base64url without padding (RFC 4648 §5), over Uint8Array: the same in node and browsers, and
// every character is safe in a URL fragment without percent-encoding.

import type { Message } from '../diagnostic.ts';
import { problemMessage } from '../problems.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUES = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

export function base64urlEncode(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    chunk += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) chunk += ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) chunk += ALPHABET[c & 63]!;
    // Joining in pieces keeps large links from building one very deep rope string.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** A failure is the problem of a damaged link. */
export type Base64Result = { ok: true; bytes: Uint8Array } | { ok: false; problem: Message };

export function base64urlDecode(text: string): Base64Result {
  // A stray character is the likelier damage, and says more than a wrong length: look for it first.
  const bad = text.search(/[^A-Za-z0-9_-]/);
  if (bad >= 0) {
    const shown = JSON.stringify(String.fromCodePoint(text.codePointAt(bad)!));
    return { ok: false, problem: problemMessage('link.badCharacter', { character: shown }) };
  }
  if (text.length % 4 === 1) {
    return { ok: false, problem: problemMessage('link.badLength', {}) };
  }
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let group = 0;
    let n = 0;
    for (; n < 4 && i + n < text.length; n++) group = (group << 6) | VALUES[text.charCodeAt(i + n)]!;
    // A short last group holds 1 or 2 bytes in its high bits.
    if (n === 4) {
      out[o++] = group >> 16;
      out[o++] = (group >> 8) & 0xff;
      out[o++] = group & 0xff;
    } else if (n === 3) {
      out[o++] = group >> 10;
      out[o++] = (group >> 2) & 0xff;
    } else if (n === 2) {
      out[o++] = group >> 4;
    }
  }
  return { ok: true, bytes: out.subarray(0, o) };
}
