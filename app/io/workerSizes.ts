// From what size input is read off the page's thread (readAndParse.ts): below it a worker costs more than it
// saves. Apart from the worker code, so that the start (autosave.ts) can ask without loading it.

/** Files, and designs saved in the browser, from this size up are parsed in a worker. */
export const WORKER_FROM_BYTES = 512 * 1024;
/** Share links from this length up are decoded in a worker (about 1,700 generated nodes; 10,000 take 45,000 characters). */
export const WORKER_FROM_LINK_CHARS = 8_000;
