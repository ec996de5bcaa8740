// The topology travels inside the images the app exports, so a picture pasted into a wiki or a
// ticket can be opened again as an editable design. Pure byte and string work: it runs in node
// (tests, CLI) as well as in the browser. Readers never throw: their input is whatever a user dropped.
import { crc32 } from '../domain/crc32.ts';
import { zlibSync } from 'fflate';
import { inflateCapped } from '../domain/inflate.ts';

/** The PNG text keyword and the SVG metadata id that carry the design. */
export const EMBED_KEYWORD = 'trunkline.topology';
export const SVG_METADATA_ID = 'trunkline-topology';

/** Chunks bigger than this are skipped unread: no legitimate text chunk of ours comes near it. */
export const MAX_CHUNK_BYTES = 10 * 1024 * 1024;
/** The inflated text may not exceed this: 10 M characters of UTF-16 are at most 30 MB of UTF-8, and
 * the parser gives the friendlier "too large" message for anything over 10 M characters. */
export const MAX_TEXT_BYTES = 32 * 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
/** The PNG spec limits chunk lengths to 2^31 - 1. */
const MAX_PNG_LENGTH = 0x7fffffff;

export { crc32 };

// ---------------------------------------------------------------------------------------------
// PNG

export interface PngChunk {
  /** Four ASCII letters, e.g. `IHDR`. */
  type: string;
  /** Offset of the chunk's length field; the chunk spans `[offset, offset + 12 + length)`. */
  offset: number;
  length: number;
  /** Offset of the data. */
  dataStart: number;
  crcValid: boolean;
}

function hasPngSignature(bytes: Uint8Array): boolean {
  if (bytes.length < PNG_SIGNATURE.length) return false;
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;
}

function writeUint32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value >>> 24;
  bytes[offset + 1] = (value >>> 16) & 0xff;
  bytes[offset + 2] = (value >>> 8) & 0xff;
  bytes[offset + 3] = value & 0xff;
}

/**
 * The chunks of a PNG, in file order, up to and including IEND. Stops at the first chunk that does
 * not fit in the bytes; `complete` tells whether IEND was reached. Never throws.
 */
export function pngChunks(bytes: Uint8Array): { chunks: PngChunk[]; complete: boolean } {
  const chunks: PngChunk[] = [];
  if (!hasPngSignature(bytes)) return { chunks, complete: false };
  let offset = PNG_SIGNATURE.length;
  while (offset + 12 <= bytes.length) {
    const length = readUint32(bytes, offset);
    if (length > MAX_PNG_LENGTH || offset + 12 + length > bytes.length) break;
    const type = String.fromCharCode(bytes[offset + 4]!, bytes[offset + 5]!, bytes[offset + 6]!, bytes[offset + 7]!);
    if (!/^[A-Za-z]{4}$/.test(type)) break;
    const dataStart = offset + 8;
    // The CRC covers the type and the data. Huge chunks (image data) are not checked: nobody here reads them.
    const crcValid = length <= MAX_CHUNK_BYTES && crc32(bytes, offset + 4, dataStart + length) === readUint32(bytes, dataStart + length);
    chunks.push({ type, offset, length, dataStart, crcValid });
    if (type === 'IEND') return { chunks, complete: true };
    offset = dataStart + length + 4;
  }
  return { chunks, complete: false };
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

/** The keyword of a tEXt, zTXt or iTXt chunk: 1–79 Latin-1 bytes ended by a zero byte. */
function textKeyword(bytes: Uint8Array, chunk: PngChunk): string | null {
  const end = Math.min(chunk.dataStart + chunk.length, chunk.dataStart + 80);
  for (let i = chunk.dataStart; i < end; i++) {
    if (bytes[i] === 0) return i === chunk.dataStart ? null : latin1(bytes, chunk.dataStart, i);
  }
  return null;
}

function isOurTextChunk(bytes: Uint8Array, chunk: PngChunk): boolean {
  return (chunk.type === 'iTXt' || chunk.type === 'zTXt' || chunk.type === 'tEXt') && textKeyword(bytes, chunk) === EMBED_KEYWORD;
}

function buildChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeUint32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  writeUint32(out, 8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** An iTXt chunk holding `text`, deflated: topology JSON shrinks about tenfold. */
function buildTopologyChunk(text: string): Uint8Array {
  const keyword = Array.from(EMBED_KEYWORD, (c) => c.charCodeAt(0));
  const compressed = zlibSync(new TextEncoder().encode(text), { level: 9 });
  // keyword NUL, compression flag 1, method 0 (zlib), empty language tag NUL, empty translated keyword NUL
  const header = [...keyword, 0, 1, 0, 0, 0];
  const data = new Uint8Array(header.length + compressed.length);
  data.set(header, 0);
  data.set(compressed, header.length);
  return buildChunk('iTXt', data);
}

/**
 * A copy of `png` carrying `json` in an iTXt chunk just before IEND, replacing any earlier one of ours.
 * Throws when `png` is not a complete PNG: the caller made it, so that is a bug, not user input.
 */
export function embedInPng(png: Uint8Array, json: string): Uint8Array<ArrayBuffer> {
  const { chunks, complete } = pngChunks(png);
  if (!complete) throw new Error('embedInPng: not a complete PNG');
  const ours = buildTopologyChunk(json);
  const kept = chunks.filter((c) => !isOurTextChunk(png, c));
  let size = PNG_SIGNATURE.length + ours.length;
  for (const c of kept) size += 12 + c.length;
  const out = new Uint8Array(size);
  out.set(PNG_SIGNATURE, 0);
  let at = PNG_SIGNATURE.length;
  for (const c of kept) {
    if (c.type === 'IEND') {
      out.set(ours, at);
      at += ours.length;
    }
    out.set(png.subarray(c.offset, c.offset + 12 + c.length), at);
    at += 12 + c.length;
  }
  return out;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function readITxt(bytes: Uint8Array, chunk: PngChunk): string | null {
  const end = chunk.dataStart + chunk.length;
  let at = chunk.dataStart + EMBED_KEYWORD.length + 1;
  if (at + 2 > end) return null;
  const compressed = bytes[at]!;
  const method = bytes[at + 1]!;
  at += 2;
  // Skip the language tag and the translated keyword, each ended by a zero byte.
  for (let field = 0; field < 2; field++) {
    while (at < end && bytes[at] !== 0) at++;
    if (at >= end) return null;
    at++;
  }
  const body = bytes.subarray(at, end);
  if (compressed === 0) return decodeUtf8(body);
  if (compressed !== 1 || method !== 0) return null;
  const inflated = inflateCapped(body, { format: 'zlib', maxBytes: MAX_TEXT_BYTES });
  return inflated.ok ? decodeUtf8(inflated.bytes) : null;
}

/** The design embedded by {@link embedInPng}, or null when there is none or the file is damaged. Never throws. */
export function extractFromPng(bytes: Uint8Array): string | null {
  try {
    const { chunks } = pngChunks(bytes);
    for (const chunk of chunks) {
      if (chunk.type !== 'iTXt' || chunk.length > MAX_CHUNK_BYTES) continue;
      if (textKeyword(bytes, chunk) !== EMBED_KEYWORD) continue;
      // A damaged chunk is treated as absent rather than handing half a design to the parser.
      return chunk.crcValid ? readITxt(bytes, chunk) : null;
    }
    return null;
  } catch {
    // Defence in depth: the walk is bounds-checked, but fflate may throw on corrupt streams.
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// SVG

/**
 * Where the root `<svg` start tag begins, skipping a BOM, whitespace, the XML declaration,
 * processing instructions, comments and a doctype; -1 when the text does not open with an svg element.
 */
function svgRootStart(text: string): number {
  let at = 0;
  if (text.charCodeAt(0) === 0xfeff) at = 1;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text.startsWith('<?', at)) {
      const close = text.indexOf('?>', at + 2);
      if (close < 0) return -1;
      at = close + 2;
    } else if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4);
      if (close < 0) return -1;
      at = close + 3;
    } else if (text.startsWith('<!DOCTYPE', at) || text.startsWith('<!doctype', at)) {
      // An internal subset [ … ] may contain '>' of its own.
      const bracket = text.indexOf('[', at);
      const gt = text.indexOf('>', at);
      if (gt < 0) return -1;
      if (bracket >= 0 && bracket < gt) {
        const closeSubset = text.indexOf(']', bracket);
        const after = closeSubset < 0 ? -1 : text.indexOf('>', closeSubset);
        if (after < 0) return -1;
        at = after + 1;
      } else at = gt + 1;
    } else break;
  }
  return /^<svg[\s/>]/.test(text.slice(at, at + 5)) ? at : -1;
}

/** Index of the `>` ending the start tag that begins at `start`, honouring quoted attribute values. */
function startTagEnd(text: string, start: number): number {
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

function escapeXml(text: string): string {
  // \r is written as a reference because XML parsers turn a literal one into \n.
  return text.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** XML's five predefined entities: the only named ones. A Map, so that `constructor` or `__proto__` are not found on a prototype. */
const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** The character a numeric reference's digits stand for, or null when they name no XML character. */
function numericReference(digits: string, radix: 10 | 16): string | null {
  const valid = radix === 16 ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/;
  if (!valid.test(digits)) return null;
  const code = parseInt(digits, radix);
  // XML's Char: tab, line feed, carriage return, and from space up, without surrogates, U+FFFE and U+FFFF.
  const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? String.fromCodePoint(code) : null;
}

/**
 * Character data with its references replaced, in one pass; null when it holds a bare `&` or a
 * reference that is neither one of XML's five entities nor a numeric reference to a character.
 */
export function unescapeXml(text: string): string | null {
  let out = '';
  let at = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', at)) {
    const semicolon = text.indexOf(';', amp + 1);
    // References are short: a far semicolon means a bare '&', which XML refuses.
    if (semicolon < 0 || semicolon - amp > 10) return null;
    const name = text.slice(amp + 1, semicolon);
    const value = name.startsWith('#x') ? numericReference(name.slice(2), 16) : name.startsWith('#') ? numericReference(name.slice(1), 10) : (NAMED_ENTITIES.get(name) ?? null);
    if (value === null) return null;
    out += text.slice(at, amp) + value;
    at = semicolon + 1;
  }
  return out + text.slice(at);
}

/** The text content of an element's inner markup: character data unescaped, CDATA sections taken as they are. */
function textContent(inner: string): string | null {
  let out = '';
  let at = 0;
  while (at < inner.length) {
    const cdata = inner.indexOf('<![CDATA[', at);
    const plainEnd = cdata < 0 ? inner.length : cdata;
    const plain = inner.slice(at, plainEnd);
    // Markup other than CDATA means this is not our plain-text metadata.
    if (plain.includes('<')) return null;
    const text = unescapeXml(plain);
    if (text === null) return null;
    out += text;
    if (cdata < 0) break;
    const close = inner.indexOf(']]>', cdata + 9);
    if (close < 0) return null;
    out += inner.slice(cdata + 9, close);
    at = close + 3;
  }
  return out;
}

const METADATA_TAG = '<metadata';

/** Whether the start tag's attributes (the text between the element name and `>`) give id="trunkline-topology". Linear. */
function hasOurId(attributes: string): boolean {
  let at = 0;
  const n = attributes.length;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  while (at < n) {
    while (at < n && (isSpace(attributes[at]) || attributes[at] === '/')) at++;
    const nameStart = at;
    while (at < n && !isSpace(attributes[at]) && attributes[at] !== '=' && attributes[at] !== '/') at++;
    const name = attributes.slice(nameStart, at);
    while (at < n && isSpace(attributes[at])) at++;
    if (attributes[at] !== '=') {
      if (name === '') at++;
      continue;
    }
    at++;
    while (at < n && isSpace(attributes[at])) at++;
    const quote = attributes[at];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = attributes.indexOf(quote, at + 1);
      if (close < 0) return false;
      value = attributes.slice(at + 1, close);
      at = close + 1;
    } else {
      const valueStart = at;
      while (at < n && !isSpace(attributes[at])) at++;
      value = attributes.slice(valueStart, at);
    }
    if (name === 'id' && value === SVG_METADATA_ID) return true;
  }
  return false;
}

/**
 * The first `<metadata … id="trunkline-topology" …>` start tag: its start and the index after its `>`.
 * One pass: each candidate's tag ends at the next `>`, and the search goes on from there, so no
 * character is looked at twice (a pattern here backtracked quadratically on a hostile file).
 */
function findMetadataOpen(svg: string): { start: number; end: number; selfClosing: boolean } | null {
  let from = 0;
  for (;;) {
    const start = svg.indexOf(METADATA_TAG, from);
    if (start < 0) return null;
    const afterName = start + METADATA_TAG.length;
    const next = svg[afterName];
    const gt = svg.indexOf('>', afterName);
    if (gt < 0) return null;
    if (next === '>' || next === '/' || next === ' ' || next === '\t' || next === '\n' || next === '\r') {
      if (hasOurId(svg.slice(afterName, gt))) return { start, end: gt + 1, selfClosing: svg[gt - 1] === '/' };
    }
    from = gt + 1;
  }
}

/** Where our metadata element sits in `svg`: `[start, end)` of the whole element and its text, or null. */
function findMetadata(svg: string): { start: number; end: number; text: string | null } | null {
  const open = findMetadataOpen(svg);
  if (!open) return null;
  const { start, end: afterOpen } = open;
  if (open.selfClosing) return { start, end: afterOpen, text: '' };
  // Our content escapes every '<', so the next closing tag is ours.
  const close = svg.indexOf('</metadata', afterOpen);
  if (close < 0) return { start, end: afterOpen, text: null };
  const closeEnd = svg.indexOf('>', close);
  if (closeEnd < 0) return { start, end: afterOpen, text: null };
  return { start, end: closeEnd + 1, text: textContent(svg.slice(afterOpen, close)) };
}

/**
 * `svg` with `json` in a `<metadata id="trunkline-topology">` element, first child of the root,
 * replacing an earlier one of ours. Throws when `svg` has no root svg element (a bug in the caller).
 */
export function embedInSvg(svg: string, json: string): string {
  let clean = svg;
  for (let found = findMetadata(clean); found; found = findMetadata(clean)) {
    clean = clean.slice(0, found.start) + clean.slice(found.end);
  }
  const root = svgRootStart(clean);
  if (root < 0) throw new Error('embedInSvg: no <svg> root element');
  const tagEnd = startTagEnd(clean, root);
  if (tagEnd < 0) throw new Error('embedInSvg: unterminated <svg> start tag');
  const metadata = `<metadata id="${SVG_METADATA_ID}">${escapeXml(json)}</metadata>`;
  if (clean[tagEnd - 1] === '/') {
    // <svg … /> has no children yet: open it up.
    return `${clean.slice(0, tagEnd - 1).trimEnd()}>${metadata}</svg>${clean.slice(tagEnd + 1)}`;
  }
  return clean.slice(0, tagEnd + 1) + metadata + clean.slice(tagEnd + 1);
}

/** The design embedded by {@link embedInSvg}, or null. Never throws. */
export function extractFromSvg(svg: string): string | null {
  try {
    if (typeof svg !== 'string' || svgRootStart(svg) < 0) return null;
    return findMetadata(svg)?.text ?? null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Sniffing

/** How much of a file is looked at to recognise SVG: enough for a long licence comment before the root. */
export const SNIFF_BYTES = 64 * 1024;

/** 'png' or 'svg' by content, whatever the file is called; null for anything else. */
export function sniffImage(bytes: Uint8Array): 'png' | 'svg' | null {
  if (hasPngSignature(bytes)) return 'png';
  try {
    // Non-fatal decoding: the head may cut a multi-byte character in half.
    const head = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes.subarray(0, SNIFF_BYTES));
    return svgRootStart(head) >= 0 ? 'svg' : null;
  } catch {
    return null;
  }
}

/** Other raster formats, recognised only to say "no design in this image" instead of "not JSON". */
export function isOtherImage(bytes: Uint8Array): boolean {
  const at = (offset: number, ...sig: number[]) => sig.every((b, i) => bytes[offset + i] === b);
  return (
    at(0, 0xff, 0xd8, 0xff) || // JPEG
    at(0, 0x47, 0x49, 0x46, 0x38) || // GIF8
    (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) || // RIFF....WEBP
    at(0, 0x42, 0x4d) || // BMP
    at(4, 0x66, 0x74, 0x79, 0x70) // ftyp: AVIF, HEIC
  );
}
