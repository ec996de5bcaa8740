// Reading a file the user chose or dropped into the text the parser takes. Images exported by the
// app carry the design inside them; the file's content decides its kind, not its name.
import type { Message } from '../domain/diagnostic.ts';
import { problemMessage } from '../domain/problems.ts';
import { SNIFF_BYTES, extractFromPng, extractFromSvg, isOtherImage, sniffImage } from './imageEmbed.ts';
import { extractFromReport, sniffHtml } from './reportEmbed.ts';

/** The largest JSON file read: the parser accepts 10 MB of text. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/**
 * The largest PNG read. An exported PNG holds at most 4096² pixels, and a busy one can pass
 * 10 MB while the design inside stays small, so images get more room than JSON.
 */
export const MAX_PNG_IMPORT_BYTES = 64 * 1024 * 1024;
/**
 * How much of an SVG is read. SVGs from other tools (or from earlier versions of this app, which
 * inlined every computed style) can be far beyond any cap; but the design sits right after the
 * opening <svg> tag, and 10 M characters of JSON need at most ~32 MB, so the head suffices.
 */
export const SVG_HEAD_BYTES = 40 * 1024 * 1024;
/** How much of an HTML design report is read: the design sits in the page's head, as in an SVG. */
export const REPORT_HEAD_BYTES = SVG_HEAD_BYTES;

export type UnsupportedCode = 'tooLarge' | 'noDesign' | 'unreadable';

export type ImportRead =
  | { kind: 'json' | 'png' | 'svg' | 'report'; text: string }
  | { kind: 'unsupported'; code: UnsupportedCode; problem: Message };

function unsupported(code: Exclude<UnsupportedCode, 'tooLarge'>): ImportRead {
  return { kind: 'unsupported', code, problem: problemMessage(`import.${code}`, {}) };
}

/** Rounded up, so a file just over the limit does not read as exactly the limit. */
function megabytes(bytes: number): number {
  return Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
}

/** Never rejects: every failure becomes an 'unsupported' result with a sentence for the user. */
export async function readImportFile(file: File): Promise<ImportRead> {
  try {
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    // A design report (HTML) is recognised first: its diagram must not make it pass for an SVG.
    if (sniffHtml(new TextDecoder('utf-8').decode(head.subarray(0, 64)))) {
      const html = new TextDecoder('utf-8').decode(await file.slice(0, REPORT_HEAD_BYTES).arrayBuffer());
      const text = extractFromReport(html);
      // A page without a design goes on as text: the parser then says it is not a design.
      if (text !== null) return { kind: 'report', text };
    }
    const kind = sniffImage(head);
    if (kind === 'png') {
      if (file.size > MAX_PNG_IMPORT_BYTES) return tooLarge(file.size, MAX_PNG_IMPORT_BYTES);
      const text = extractFromPng(new Uint8Array(await file.arrayBuffer()));
      return text === null ? unsupported('noDesign') : { kind, text };
    }
    if (kind === 'svg') {
      // Cutting mid-character is harmless: the decoder substitutes, and the design comes before the cut.
      const svg = new TextDecoder('utf-8').decode(await file.slice(0, SVG_HEAD_BYTES).arrayBuffer());
      const text = extractFromSvg(svg);
      return text === null ? unsupported('noDesign') : { kind, text };
    }
    if (isOtherImage(head)) return unsupported('noDesign');
    if (file.size > MAX_IMPORT_BYTES) return tooLarge(file.size, MAX_IMPORT_BYTES);
    // Anything else goes to the parser as text, which explains what is wrong with it. The decoder drops a BOM.
    return { kind: 'json', text: new TextDecoder('utf-8').decode(await file.arrayBuffer()) };
  } catch {
    return unsupported('unreadable');
  }
}

function tooLarge(size: number, max: number): ImportRead {
  const values = { size: megabytes(size), max: megabytes(max) };
  return { kind: 'unsupported', code: 'tooLarge', problem: problemMessage('import.tooLarge', values) };
}
