// Raw deflate with the link's preset dictionary, a bounded inflate, and a CRC-32 to tell a damaged
// link from a valid one.
import { deflateSync } from 'fflate';
import { inflateCapped } from '../inflate.ts';
import { LinkDamage } from './bytes.ts';
import { DICTIONARY } from './dictionary.ts';

/** Deflates with a link version's preset dictionary (version 1's by default). */
export function compress(data: Uint8Array, dictionary: Uint8Array = DICTIONARY): Uint8Array {
  return deflateSync(data, { level: 9, dictionary });
}

/**
 * Inflates `data`, refusing as soon as the output passes `maxBytes`, so that a zip bomb never gets its
 * full size allocated. Throws LinkDamage, with the sentence for the user, when it cannot.
 */
export function decompress(data: Uint8Array, maxBytes: number, stats?: { produced: number }, dictionary: Uint8Array = DICTIONARY): Uint8Array {
  if (data.length === 0) throw new LinkDamage('link.noData', {});
  // Lets a test see how much a zip bomb got to produce before it was stopped.
  const onProgress = stats ? (produced: number) => (stats.produced = produced) : undefined;
  const result = inflateCapped(data, { format: 'deflate', dictionary, maxBytes, onProgress });
  if (result.ok) return result.bytes;
  switch (result.failure) {
    case 'tooLarge': {
      const max = Math.round(maxBytes / 1048576);
      throw new LinkDamage('link.expandsTooLarge', { max });
    }
    case 'incomplete':
      throw new LinkDamage('link.incomplete', {});
    case 'corrupt':
      throw new LinkDamage('link.corrupt', { detail: result.detail });
  }
}

export { crc32 } from '../crc32.ts';
