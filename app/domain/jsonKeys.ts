// Keys written twice in one JSON object. JSON.parse keeps the last silently, so the parser looks at the
// text itself: first it counts the keys the text writes and the keys the parsed value holds (equal when
// no key repeats, the usual case, and cheap), and only when they differ does it walk the text again to
// say where. Both passes are linear, keep no recursion, and hold one frame per level of nesting.

export interface DuplicateKey {
  /** Where the object stands in the document, then the repeated key. */
  path: (string | number)[];
  key: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * How deep a repeated key is looked for. A topology holds objects three levels down at most (the document,
 * a node, its mediation), so anything deeper is refused by the schema anyway; looking no deeper keeps the
 * walk's memory and the paths it reports small whatever the nesting of a hostile text.
 */
export const DEEPEST_OBJECT = 8;

/** The index of the quote that closes the string opening at `start`; the text is valid JSON. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The index of the first character after `from` that is not JSON white space. */
function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** How many keys the text writes: in JSON a colon outside strings follows a key, and only a key. */
function keysWritten(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) i = stringEnd(text, i);
    else if (code === COLON) count++;
  }
  return count;
}

/**
 * Whether for…in over a parsed object sees its own keys only: it sees Object.prototype's enumerable ones too,
 * of which there are none unless a library put some there.
 */
export function forInSeesOwnKeys(): boolean {
  return Object.keys(Object.prototype).length === 0;
}

/** How many own keys the objects of a parsed JSON value hold. */
function keysHeld(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  // for…in makes no array of keys per object, as Object.keys does (a few megabytes of garbage on a large document).
  const forIn = forInSeesOwnKeys();
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (const child of item) if (typeof child === 'object' && child !== null) pending.push(child);
    } else if (forIn) {
      for (const key in item) {
        count++;
        const child = (item as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) pending.push(child);
      }
    } else {
      for (const key of Object.keys(item)) {
        count++;
        const child = (item as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) pending.push(child);
      }
    }
  }
  return count;
}

interface Frame {
  /** The keys seen so far; null for an array. */
  keys: Set<string> | null;
  /** The current key of an object, or the current index of an array. */
  at: string | number;
}

/**
 * The keys written more than once in one object of `text`, which JSON.parse turned into `value`, in the
 * order of the text, at most `limit` of them. Objects deeper than DEEPEST_OBJECT are not looked into.
 */
export function duplicateKeys(text: string, value: unknown, limit: number): DuplicateKey[] {
  if (keysWritten(text) === keysHeld(value)) return [];
  const found: DuplicateKey[] = [];
  const frames: Frame[] = [];
  // Levels below DEEPEST_OBJECT are only counted, so that they can be left again.
  let hidden = 0;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (hidden > 0 || frames.length >= DEEPEST_OBJECT) hidden++;
      else frames.push({ keys: code === OPEN_OBJECT ? new Set() : null, at: 0 });
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (hidden > 0) hidden--;
      else frames.pop();
    } else if (code === COMMA) {
      const top = frames[frames.length - 1];
      if (hidden === 0 && top && top.keys === null) top.at = (top.at as number) + 1;
    } else if (code === QUOTE) {
      const end = stringEnd(text, i);
      const after = skipSpace(text, end + 1);
      const top = frames[frames.length - 1];
      if (hidden === 0 && top?.keys && text.charCodeAt(after) === COLON) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) {
          // The path to this object is where each enclosing level stands, then the key.
          const path: (string | number)[] = [];
          for (let f = 0; f < frames.length - 1; f++) path.push(frames[f]!.at);
          path.push(key);
          found.push({ path, key });
        } else top.keys.add(key);
        top.at = key;
      }
      i = end;
    }
  }
  return found;
}
