// Reading a file the user chose or dropped into the text the parser takes. Images exported by the
// app carry the design inside them; the file's content decides its kind, not its name.
import { extractFromPng, extractFromSvg, isOtherImage, sniffImage } from './imageEmbed.ts';

/** The largest file read: the parser accepts 10 MB of text, and a PNG or SVG carrying that much is refused by the parser with its own message. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type UnsupportedCode = 'tooLarge' | 'noDesign' | 'unreadable';

export type ImportRead =
  | { kind: 'json' | 'png' | 'svg'; text: string }
  | { kind: 'unsupported'; code: UnsupportedCode; reason: string };

/**
 * The English sentences for each refusal, kept apart (and keyed by code) so they can move into the
 * translation files; `{{size}}` is the file's size in MB, `{{max}}` the limit.
 */
export const UNSUPPORTED_REASONS: Record<UnsupportedCode, string> = {
  tooLarge: 'This file is {{size}} MB; Trunkline imports files of {{max}} MB at most.',
  noDesign: 'This image has no Trunkline design in it: only PNG and SVG images exported by Trunkline can be imported.',
  unreadable: 'The file could not be read. It may have been moved or deleted, or it may be damaged; choose it again.',
};

export function unsupportedReason(code: UnsupportedCode, values: Record<string, string | number> = {}): string {
  return UNSUPPORTED_REASONS[code].replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

function unsupported(code: UnsupportedCode, values?: Record<string, string | number>): ImportRead {
  return { kind: 'unsupported', code, reason: unsupportedReason(code, values) };
}

/** Rounded up, so a file just over the limit does not read as exactly the limit. */
function megabytes(bytes: number): string {
  return String(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
}

/** Never rejects: every failure becomes an 'unsupported' result with a sentence for the user. */
export async function readImportFile(file: File): Promise<ImportRead> {
  if (file.size > MAX_IMPORT_BYTES) {
    return unsupported('tooLarge', { size: megabytes(file.size), max: megabytes(MAX_IMPORT_BYTES) });
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = sniffImage(bytes);
    if (kind === 'png') {
      const text = extractFromPng(bytes);
      return text === null ? unsupported('noDesign') : { kind, text };
    }
    if (kind === 'svg') {
      const text = extractFromSvg(new TextDecoder('utf-8').decode(bytes));
      return text === null ? unsupported('noDesign') : { kind, text };
    }
    if (isOtherImage(bytes)) return unsupported('noDesign');
    // Anything else goes to the parser as text, which explains what is wrong with it. The decoder drops a BOM.
    return { kind: 'json', text: new TextDecoder('utf-8').decode(bytes) };
  } catch {
    return unsupported('unreadable');
  }
}
