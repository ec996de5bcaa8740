// From what size input is read off the page's thread (readAndParse.ts): below it a worker costs more than it
// saves. Apart from the worker code, so that the start (autosave.ts) can ask without loading it.

/** Files from this size up are read and parsed in a worker. */
export const WORKER_FROM_BYTES = 512 * 1024;
/**
 * A design saved in the browser from this size up (about 1,600 nodes) is parsed in a worker at start. Lower
 * than files' would be slower: the start waits for the design, and a worker's own start (about half a second
 * on this machine) costs more than parsing a smaller design here.
 */
export const WORKER_FROM_SAVED_CHARS = 1536 * 1024;
/** Share links from this length up are decoded in a worker (about 1,700 generated nodes; 10,000 take 45,000 characters). */
export const WORKER_FROM_LINK_CHARS = 8_000;
/**
 * Shorter links whose layout inflates past this are decoded in a worker too (the layout of 1,700 generated
 * nodes is 62 KB): a link of 500 characters can hold 10,000 nodes that repeat themselves.
 */
export const WORKER_FROM_LAYOUT_BYTES = 64 * 1024;
