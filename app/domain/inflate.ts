// Inflating compressed bytes from outside (a share link, the design inside an image) without ever
// holding more than a cap: the input is fed in small steps and the running output size checked after
// each, so a zip bomb is stopped long before its full size is allocated. Never throws.
import { type FlateStreamHandler, Inflate, Unzlib } from 'fflate';

/**
 * Compressed bytes pushed at a time. Deflate expands at most about 1,032 times, so one push can
 * produce at most about 1 MB beyond the cap before the running count stops it.
 */
const STEP = 1024;

export type InflateFailure = 'tooLarge' | 'incomplete' | 'corrupt';

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: InflateFailure; detail: string };

export interface InflateOptions {
  /** Raw deflate (RFC 1951) or deflate in its zlib wrapping (RFC 1950). */
  format: 'deflate' | 'zlib';
  /** More output than this is refused as 'tooLarge'. */
  maxBytes: number;
  /** A preset dictionary the data was compressed against. */
  dictionary?: Uint8Array;
  /** Told the output produced so far after each step: lets a test see how far a bomb got. */
  onProgress?: (produced: number) => void;
}

/** Thrown inside the stream's handler to stop it at once; never leaves this module. */
const TOO_LARGE = Symbol('tooLarge');

/** `data` inflated, or why not: more than `maxBytes`, cut off, or not a valid stream (fflate's words in `detail`). */
export function inflateCapped(data: Uint8Array, options: InflateOptions): InflateResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const handler: FlateStreamHandler = (part, final) => {
    total += part.length;
    options.onProgress?.(total);
    if (total > options.maxBytes) throw TOO_LARGE;
    if (part.length > 0) parts.push(part);
    if (final) finished = true;
  };
  const settings = options.dictionary ? { dictionary: options.dictionary } : {};
  const stream = options.format === 'zlib' ? new Unzlib(settings, handler) : new Inflate(settings, handler);
  try {
    for (let offset = 0; offset < data.length; offset += STEP) {
      const end = Math.min(offset + STEP, data.length);
      stream.push(data.subarray(offset, end), end === data.length);
    }
  } catch (error) {
    if (error === TOO_LARGE) return { ok: false, failure: 'tooLarge', detail: '' };
    // fflate's messages: "unexpected EOF" for a cut stream; "invalid distance", "invalid zlib data" and the like otherwise.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: /EOF/i.test(detail) ? 'incomplete' : 'corrupt', detail };
  }
  if (!finished) return { ok: false, failure: 'incomplete', detail: '' };
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return { ok: true, bytes: out };
}
