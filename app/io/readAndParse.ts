// Untrusted input of some size read and parsed off the page's thread: a file the user chose, or a long
// share link. Small ones are read here (a worker costs more than it saves on them, and tests in node have none).
import type { ParseResult } from '../domain/parse.ts';
import { type ImportRead, readImportFile } from './readImportFile.ts';
import { SNIFF_BYTES, sniffImage } from './imageEmbed.ts';
import { WORKER_FROM_BYTES, WORKER_FROM_LAYOUT_BYTES, WORKER_FROM_LINK_CHARS, WORKER_FROM_SAVED_CHARS } from './workerSizes.ts';


export type ImportOutcome = { kind: 'unsupported'; read: Extract<ImportRead, { kind: 'unsupported' }> } | { kind: 'parsed'; parsed: ParseResult };

/** What the worker (import.worker.ts) is asked: a file to read and parse, or a link to decode. */
export type WorkerRequest = { kind: 'file'; file: File } | { kind: 'link'; fragment: string } | { kind: 'text'; text: string };

/** The parser is passed in, so that this module does not load the schema before the page set zod up. */
export async function readAndParseHere(file: File, parse: (text: string) => ParseResult): Promise<ImportOutcome> {
  const read = await readImportFile(file);
  return read.kind === 'unsupported' ? { kind: 'unsupported', read } : { kind: 'parsed', parsed: parse(read.text) };
}

/** Runs `request` in the worker; where no worker can start, `here` does the same work on this thread. */
function inWorker<T>(request: WorkerRequest, here: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'trunkline-import' });
  return new Promise<T>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<T>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      // A worker that cannot start (an old browser, a policy) is no reason to refuse the input.
      here().then(resolve, reject);
    };
    worker.postMessage(request);
  });
}

/**
 * Whether a file is read off the page's thread: from WORKER_FROM_BYTES up, and a PNG of any size. A PNG
 * carries its design deflated (about tenfold, far more for a repetitive one): a file of 200 KB can hold the
 * format's 10 MB, whose inflating and parsing would block the page for a second.
 */
export async function readsOffThread(file: File): Promise<boolean> {
  if (file.size >= WORKER_FROM_BYTES) return true;
  try {
    return sniffImage(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer())) === 'png';
  } catch {
    // Unreadable: reading it here says so to the user, as for any file.
    return false;
  }
}

export async function readAndParse(file: File, parse: (text: string) => ParseResult, signal?: AbortSignal): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined' || !(await readsOffThread(file))) return readAndParseHere(file, parse);
  return inWorker({ kind: 'file', file }, () => readAndParseHere(file, parse), signal);
}

/** What decodeLink needs of the link codec (shareLink.ts, passed in so that it loads on demand). */
export interface LinkCodec {
  decodeShareLink(fragment: string): ParseResult;
  layoutExceeds(fragment: string, bytes: number): boolean;
}

/** A share link's fragment decoded, in a worker when it is long or when what it holds is large. */
export function decodeLink(fragment: string, codec: LinkCodec, signal?: AbortSignal): Promise<ParseResult> {
  const large = fragment.length >= WORKER_FROM_LINK_CHARS || codec.layoutExceeds(fragment, WORKER_FROM_LAYOUT_BYTES);
  if (!large || typeof Worker === 'undefined') return Promise.resolve(codec.decodeShareLink(fragment));
  return inWorker({ kind: 'link', fragment }, () => Promise.resolve(codec.decodeShareLink(fragment)), signal);
}

/** A text (a design saved in the browser) parsed, in a worker when it is large. */
export function parseText(text: string, parse: (text: string) => ParseResult): Promise<ParseResult> {
  if (text.length < WORKER_FROM_SAVED_CHARS || typeof Worker === 'undefined') return Promise.resolve(parse(text));
  return inWorker({ kind: 'text', text }, () => Promise.resolve(parse(text)));
}
