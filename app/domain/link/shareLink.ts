// The share link: a whole topology in the URL fragment, so that a design can be sent without a server.
//
//   t1.<base64url( CRC-32 of the layout, 4 bytes big-endian ‖ raw deflate(layout, preset dictionary) )>
//
// "t1." names the link version, so that a later Trunkline can change the layout and still recognise
// (and refuse, with a sentence) a link it cannot read. The layout is in layout.ts. Decoding never
// throws and never trusts the link: its length, its inflated size and its contents are bounded, and
// the document it holds goes through parseTopology like any imported file.
import { deflateSync } from 'fflate';
import type { Message } from '../diagnostic.ts';
import type { Topology } from '../model.ts';
import { type ParseResult, parseTopology } from '../parse.ts';
import { type ProblemId, type ProblemParams, problemMessage } from '../problems.ts';
import { LIMITS } from '../schema.ts';
import { toCanonical } from '../serialize.ts';
import { base64urlDecode, base64urlEncode } from './base64url.ts';
import { LinkDamage, encodeWtf8 } from './bytes.ts';
import { compress, crc32, decompress } from './compress.ts';
import { decodeLayout, encodeLayout } from './layout.ts';

/** The link version this Trunkline writes and reads. */
export const LINK_VERSION = 1;
/** Longer fragments are refused before any work: no browser keeps a URL this long anyway. */
export const MAX_LINK_CHARS = 20 * 1024 * 1024;
/** The inflated layout may be at most this large: the parser's limit for a topology text. */
export const MAX_LAYOUT_BYTES = LIMITS.textChars;

const PREFIX = `t${LINK_VERSION}.`;
const CHECK_BYTES = 4;

/** The URL fragment (what follows "#") that holds `doc`. */
export function encodeShareLink(doc: Topology): string {
  return wrapLayout(encodeLayout(doc));
}

/**
 * The link around layout bytes: their check code, then `packed` (their deflated form by default).
 * Tests hand it arbitrary bytes or a crafted stream, to reach the decoder behind the check code.
 */
export function wrapLayout(layout: Uint8Array, packed: Uint8Array = compress(layout)): string {
  const bytes = new Uint8Array(CHECK_BYTES + packed.length);
  new DataView(bytes.buffer).setUint32(0, crc32(layout));
  bytes.set(packed, CHECK_BYTES);
  return PREFIX + base64urlEncode(bytes);
}

/** The topology a share-link fragment holds, or the problems that keep it from loading. Never throws. */
export function decodeShareLink(fragment: string): ParseResult {
  try {
    return decode(fragment);
  } catch (error) {
    if (error instanceof LinkDamage) return damaged(error.problem);
    // Defence in depth: a bug in the decoder must not crash the page that opened the link.
    const detail = error instanceof Error ? error.message : 'unknown error';
    return refuse('link.unreadable', { detail });
  }
}

function refuse<I extends ProblemId>(id: I, params: ProblemParams<I>): ParseResult {
  return damaged(problemMessage(id, params));
}

function damaged(problem: Message): ParseResult {
  return { ok: false, problems: [{ path: '$', ...problem }] };
}

function decode(fragment: unknown): ParseResult {
  if (typeof fragment !== 'string') return refuse('link.notText', {});
  if (fragment.length > MAX_LINK_CHARS) {
    const size = Math.ceil(fragment.length / 1048576);
    const max = MAX_LINK_CHARS / 1048576;
    return refuse('link.tooLong', { size, max });
  }
  // Tolerate what copying does to a link: the "#" taken along, a line break where a mail client wrapped it.
  const text = fragment.replace(/^#/, '').replace(/\s+/g, '');
  if (text === '') return refuse('link.empty', {});
  const head = /^t(\d{1,9})\./.exec(text);
  if (!head) return refuse('link.notALink', { prefix: PREFIX });
  const version = Number(head[1]);
  if (version > LINK_VERSION) {
    return refuse('link.newer',
      { version, supported: LINK_VERSION },
    );
  }
  if (version !== LINK_VERSION) {
    return refuse('link.unknownVersion', {
      version,
      supported: LINK_VERSION,
    });
  }

  const decoded = base64urlDecode(text.slice(head[0].length));
  if (!decoded.ok) return damaged(decoded.problem);
  const bytes = decoded.bytes;
  if (bytes.length <= CHECK_BYTES) throw new LinkDamage('link.incomplete', {});
  const expected = new DataView(bytes.buffer, bytes.byteOffset, CHECK_BYTES).getUint32(0);
  const layout = decompress(bytes.subarray(CHECK_BYTES), MAX_LAYOUT_BYTES);
  if (crc32(layout) !== expected) {
    throw new LinkDamage('link.altered', {});
  }
  return parseTopology(decodeLayout(layout, LIMITS.textChars));
}

/**
 * The length of the obvious encoding, base64url(raw deflate(minified JSON)) at the best level and
 * without a dictionary: the yardstick for encodeShareLink's size.
 */
export function naiveLinkLength(doc: Topology): number {
  const json = encodeWtf8(JSON.stringify(toCanonical(doc)));
  return base64urlEncode(deflateSync(json, { level: 9 })).length;
}
