// Raw deflate with the link's preset dictionary, a bounded inflate, and a CRC-32 to tell a damaged
// link from a valid one.
import { Inflate, deflateSync } from 'fflate';
import { LinkDamage } from './bytes.ts';
import { DICTIONARY } from './dictionary.ts';

/**
 * Compressed bytes pushed to the inflater at a time. Deflate expands at most about 1,032 times, so one
 * push can produce at most about 1 MB beyond the cap before the running count stops it.
 */
const CHUNK = 1024;

export function compress(data: Uint8Array): Uint8Array {
  return deflateSync(data, { level: 9, dictionary: DICTIONARY });
}

/**
 * Inflates `data`, refusing as soon as the output passes `maxBytes`: the input is fed in small chunks
 * and the running total checked after each, so a zip bomb never gets its full size allocated.
 */
export function decompress(data: Uint8Array, maxBytes: number, stats?: { produced: number }): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate({ dictionary: DICTIONARY }, (chunk, final) => {
    total += chunk.length;
    // Lets a test see how much a zip bomb got to produce before it was stopped.
    if (stats) stats.produced = total;
    if (total > maxBytes) {
      const max = Math.round(maxBytes / 1048576);
      throw new LinkDamage('link.expandsTooLarge', { max });
    }
    if (chunk.length > 0) chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    if (data.length === 0) throw new LinkDamage('link.noData', {});
    for (let offset = 0; offset < data.length; offset += CHUNK) {
      const end = Math.min(offset + CHUNK, data.length);
      inflater.push(data.subarray(offset, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof LinkDamage) throw error;
    // fflate's messages ("unexpected EOF", "invalid distance") mean a cut or altered link.
    const detail = error instanceof Error ? error.message : String(error);
    throw /EOF/i.test(detail)
      ? new LinkDamage('link.incomplete', {})
      : new LinkDamage('link.corrupt', { detail });
  }
  if (!finished) throw new LinkDamage('link.incomplete', {});
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export { crc32 } from '../crc32.ts';
