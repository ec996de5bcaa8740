// A file the user chose, read and parsed: in a Web Worker when it is large, here when it is small
// (a worker costs more than it saves on a small file, and tests in node have none).
import type { ParseResult } from '../domain/parse.ts';
import { type ImportRead, readImportFile } from './readImportFile.ts';

/** Files from this size up are read and parsed in a worker. */
export const WORKER_FROM_BYTES = 512 * 1024;

export type ImportOutcome = { kind: 'unsupported'; read: Extract<ImportRead, { kind: 'unsupported' }> } | { kind: 'parsed'; parsed: ParseResult };

/** The parser is passed in, so that this module does not load the schema before the page set zod up. */
export async function readAndParseHere(file: File, parse: (text: string) => ParseResult): Promise<ImportOutcome> {
  const read = await readImportFile(file);
  return read.kind === 'unsupported' ? { kind: 'unsupported', read } : { kind: 'parsed', parsed: parse(read.text) };
}

export async function readAndParse(file: File, parse: (text: string) => ParseResult, signal?: AbortSignal): Promise<ImportOutcome> {
  if (file.size < WORKER_FROM_BYTES || typeof Worker === 'undefined') return readAndParseHere(file, parse);
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'trunkline-import' });
  return new Promise<ImportOutcome>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ImportOutcome>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      // A worker that cannot start (an old browser, a policy) is no reason to refuse the file.
      readAndParseHere(file, parse).then(resolve, reject);
    };
    worker.postMessage(file);
  });
}
