// The one parser (and zod with it) for the designer, loaded when there is something to read: a saved
// design, a link, a file, another tab's design. A first visit with nothing saved opens without it, so it
// stays out of the first download; main.tsx loads it before the first render when storage holds a design.
import type { parseTopologyText } from '../domain/parse.ts';

export type ParseText = typeof parseTopologyText;

let parser: ParseText | null = null;
let loading: Promise<ParseText> | null = null;

export function loadParser(): Promise<ParseText> {
  return (loading ??= import('../domain/parse.ts').then((module) => (parser = module.parseTopologyText)));
}

/** The parser if it has loaded, else null (the caller has had nothing to read yet). */
export function loadedParser(): ParseText | null {
  return parser;
}
