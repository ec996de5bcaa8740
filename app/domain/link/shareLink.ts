// The share link: a whole topology in the URL fragment, so that a design can be sent without a server.
//
//   t<version>.<base64url( CRC-32 of the layout, 4 bytes big-endian ‖ raw deflate(layout, preset dictionary) )>
//
// "t1." or "t2." names the link version, so that a later Trunkline can change the layout and still
// recognise (and refuse, with a sentence) a link it cannot read. Version 1 holds a format-1 document,
// version 2 a format-2 document; each version has its layout (layout.ts) and its dictionary, and both
// keep opening. Decoding never throws and never trusts the link: its length, its inflated size and its
// contents are bounded, and the document it holds goes through parseTopology like any imported file.
import { deflateSync } from 'fflate';
import type { Message } from '../diagnostic.ts';
import type { Topology } from '../model.ts';
import { type ParseResult, type Problem, parseTopology } from '../parse.ts';
import { type ProblemId, type ProblemParams, problemMessage } from '../problems.ts';
import { LIMITS } from '../schema.ts';
import { toCanonical } from '../serialize.ts';
import { base64urlDecode, base64urlEncode } from './base64url.ts';
import { LinkDamage, encodeWtf8 } from './bytes.ts';
import { compress, crc32, decompress } from './compress.ts';
import { DICTIONARY, DICTIONARY_V2 } from './dictionary.ts';
import { inflateCapped } from '../inflate.ts';
import { decodeLayout, decodeLayoutV2, encodeLayoutV2 } from './layout.ts';
import type { JsonObject } from './sections/section.ts';
import type { TopologyV2 } from './sections/v2types.ts';

/** The newest link version this Trunkline reads. It writes version 1 for a format-1 document, 2 for format 2. */
export const LINK_VERSION = 2;
/** Longer fragments are refused before any work: no browser keeps a URL this long anyway. */
export const MAX_LINK_CHARS = 20 * 1024 * 1024;
/** The inflated layout may be at most this large: the parser's limit for a topology text. */
export const MAX_LAYOUT_BYTES = LIMITS.textChars;

const PREFIX = `t${LINK_VERSION}.`;
/** A link's head: "t", its version, ".". */
const LINK_HEAD = /^t(\d{1,9})\./;
const CHECK_BYTES = 4;

/** What each link version reads with: its preset dictionary and its layout's decoder. */
const VERSIONS = {
  1: { dictionary: DICTIONARY, decode: decodeLayout },
  2: { dictionary: DICTIONARY_V2, decode: decodeLayoutV2 },
} as const;

export type LinkVersion = keyof typeof VERSIONS;

/** The URL fragment (what follows "#") that holds `doc`: link version 2 for a format-2 document, 1 for format 1. */
export function encodeShareLink(doc: Topology | TopologyV2): string {
  return wrapLayout(encodeLayoutV2(doc), undefined, 2);
}

/**
 * The link of `version` around layout bytes: their check code, then `packed` (their deflated form by
 * default). Tests hand it arbitrary bytes or a crafted stream, to reach the decoder behind the check code.
 */
export function wrapLayout(layout: Uint8Array, packed?: Uint8Array, version: LinkVersion = 1): string {
  const deflated = packed ?? compress(layout, VERSIONS[version].dictionary);
  const bytes = new Uint8Array(CHECK_BYTES + deflated.length);
  new DataView(bytes.buffer).setUint32(0, crc32(layout));
  bytes.set(deflated, CHECK_BYTES);
  return `t${version}.${base64urlEncode(bytes)}`;
}

/** What a share link holds before the parser sees it: the plain JSON value and the link's version. */
export type LinkReading = { ok: true; version: LinkVersion; value: JsonObject } | { ok: false; problems: Problem[] };

/** The topology a share-link fragment holds, or the problems that keep it from loading. Never throws. */
export function decodeShareLink(fragment: string): ParseResult {
  const reading = readShareLink(fragment);
  // Version 1 holds a format-1 document and version 2 a format-2 one: the parser migrates as for a file.
  return reading.ok ? parseTopology(reading.value) : reading;
}

/**
 * The plain JSON value a share-link fragment holds, unchecked (`schemaVersion` 1 or 2, as its link
 * version), or the problems of a link that cannot be read. Never throws.
 */
export function readShareLink(fragment: string): LinkReading {
  try {
    return read(fragment);
  } catch (error) {
    if (error instanceof LinkDamage) return damaged(error.problem);
    // Defence in depth: a bug in the decoder must not crash the page that opened the link.
    const detail = error instanceof Error ? error.message : 'unknown error';
    return refuse('link.unreadable', { detail });
  }
}

function refuse<I extends ProblemId>(id: I, params: ProblemParams<I>): LinkReading {
  return damaged(problemMessage(id, params));
}

function damaged(problem: Message): LinkReading {
  return { ok: false, problems: [{ path: '$', ...problem }] };
}

function isVersion(version: number): version is LinkVersion {
  return Object.hasOwn(VERSIONS, version);
}

/** Tolerates what copying does to a link: the "#" taken along, a line break where a mail client wrapped it. */
function linkText(fragment: string): string {
  return fragment.replace(/^#/, '').replace(/\s+/g, '');
}

/** A link's version and its bytes (check code and deflated layout), or null when it is not a link this version reads. */
function linkBytes(text: string): { version: LinkVersion; bytes: Uint8Array } | null {
  const head = LINK_HEAD.exec(text);
  const version = head ? Number(head[1]) : 0;
  if (!head || !isVersion(version)) return null;
  const decoded = base64urlDecode(text.slice(head[0].length));
  return decoded.ok ? { version, bytes: decoded.bytes } : null;
}

/**
 * Whether `fragment`'s layout inflates past `bytes`; false for what is no readable link (decoding says why).
 * It stops inflating there, so that asking is cheap: a link of 500 characters can hold 10,000 nodes, and
 * the designer decodes such a link in a worker.
 */
export function layoutExceeds(fragment: string, bytes: number): boolean {
  if (typeof fragment !== 'string' || fragment.length > MAX_LINK_CHARS) return false;
  const link = linkBytes(linkText(fragment));
  if (!link || link.bytes.length <= CHECK_BYTES) return false;
  const { dictionary } = VERSIONS[link.version];
  const inflated = inflateCapped(link.bytes.subarray(CHECK_BYTES), { format: 'deflate', dictionary, maxBytes: bytes });
  return !inflated.ok && inflated.failure === 'tooLarge';
}

function read(fragment: unknown): LinkReading {
  if (typeof fragment !== 'string') return refuse('link.notText', {});
  if (fragment.length > MAX_LINK_CHARS) {
    const size = Math.ceil(fragment.length / 1048576);
    const max = MAX_LINK_CHARS / 1048576;
    return refuse('link.tooLong', { size, max });
  }
  const text = linkText(fragment);
  if (text === '') return refuse('link.empty', {});
  const head = LINK_HEAD.exec(text);
  if (!head) return refuse('link.notALink', { prefix: PREFIX });
  const version = Number(head[1]);
  if (version > LINK_VERSION) {
    return refuse(
      'link.newer',
      { version, supported: LINK_VERSION },
    );
  }
  if (!isVersion(version)) {
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
  const { dictionary, decode } = VERSIONS[version];
  const layout = decompress(bytes.subarray(CHECK_BYTES), MAX_LAYOUT_BYTES, undefined, dictionary);
  if (crc32(layout) !== expected) {
    throw new LinkDamage('link.altered', {});
  }
  return { ok: true, version, value: decode(layout, LIMITS.textChars) };
}

/**
 * The length of the obvious encoding, base64url(raw deflate(minified JSON)) at the best level and
 * without a dictionary: the yardstick for encodeShareLink's size. A format-2 document is taken as it is
 * (its keys in the order of format-2.md) until format 2 has its canonical serializer.
 */
export function naiveLinkLength(doc: Topology | TopologyV2): number {
  const json = encodeWtf8(JSON.stringify(doc.schemaVersion === 2 ? doc : toCanonical(doc)));
  return base64urlEncode(deflateSync(json, { level: 9 })).length;
}
