// References between elements (a node's site, a trunk's peer), written one way everywhere: the index
// of the element with that id, as a code chosen by the section's predictor (so that the likely
// reference costs one small byte), or, for an id the document does not hold, a reserved code followed
// by the id itself, which the parser then reports like a dangling reference in a file.
import { type ByteWriter, LinkDamage, unzigzag, zigzag } from '../bytes.ts';
import type { LayoutInput } from './section.ts';

/** A reference as decoded: an index into the list it refers to, or the literal id of an element the link does not hold. */
export type Ref = number | string;

/** Where each id first occurs: a reference names the first element with its id. */
export function indexById(ids: readonly string[]): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!map.has(id)) map.set(id, i);
  });
  return map;
}

/**
 * Writes a reference to `id`: `code(index)` when `index` holds it, else the code `literal` and the id.
 * Returns the index, undefined for a literal.
 */
export function writeRef(w: ByteWriter, index: ReadonlyMap<string, number>, id: string, literal: number, code: (target: number) => number): number | undefined {
  const target = index.get(id);
  if (target === undefined) {
    w.uint(literal);
    w.string(id);
  } else w.uint(code(target));
  return target;
}

/** Reads what writeRef wrote, once its `code` is read: the literal id, or the index `target(code)`. */
export function readRef(input: LayoutInput, code: number, literal: number, target: (code: number) => number): Ref {
  return code === literal ? input.literal() : target(code);
}

/** The id a reference names, once the ids of the list it refers to are read. */
export function refId(ref: Ref, ids: readonly string[]): string {
  return typeof ref === 'number' ? ids[ref]! : ref;
}

/** What a reference may point at, in the words of a damaged link's sentence. */
export type RefTarget = 'site' | 'node' | 'trunk' | 'voice route' | 'voice policy' | 'dial plan';

/**
 * `index` when the list of `count` elements holds it; a damaged link otherwise. Every target but a site
 * shares the key of a missing node, whose translations say "an element".
 */
export function checkIndex(index: number, count: number, what: RefTarget): number {
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new LinkDamage(what === 'site' ? 'link.missingSite' : 'link.missingNode', {});
  }
  return index;
}

/**
 * A reference into a list that is not predicted: code 0 is a literal id, 1 + index an element. Returns
 * the index, undefined for a literal.
 */
export function writeIndexRef(w: ByteWriter, index: ReadonlyMap<string, number>, id: string): number | undefined {
  return writeRef(w, index, id, 0, (target) => 1 + target);
}

/** Reads what writeIndexRef wrote, as the id it names. */
export function readIndexRef(input: LayoutInput, ids: readonly string[], what: RefTarget): string {
  return refId(
    readRef(input, input.r.uint(), 0, (code) => checkIndex(code - 1, ids.length, what)),
    ids,
  );
}

/**
 * References predicted by the previous one, for lists that refer in runs (nodes of a site, trunks of
 * a peer): code 0 is a literal id, code 1 + zigzag(distance from the previous index) an index.
 */
export class DeltaRefs {
  private previous = 0;

  write(w: ByteWriter, index: ReadonlyMap<string, number>, id: string): void {
    const target = writeRef(w, index, id, 0, (t) => 1 + zigzag(t - this.previous));
    if (target !== undefined) this.previous = target;
  }

  /** Reads a reference into a list of `count` elements. */
  read(input: LayoutInput, count: number, what: RefTarget): Ref {
    return readRef(input, input.r.uint(), 0, (code) => (this.previous = checkIndex(this.previous + unzigzag(code - 1), count, what)));
  }
}
