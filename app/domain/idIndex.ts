// Elements by id, one map per list, shared by everything that asks: the rules' topology index, the
// identities in routing messages, the routing index. On a 10,000-node document each map costs
// milliseconds, and three maps over the same nodes cost three times. A list is never changed in place
// (edits make new lists), so its map holds as long as the list does. A list the parser has just checked
// borrows the parser's map of every id: building a map is what costs (about 0.4 µs an entry on this
// machine, against 0.02 µs a lookup), and the parser's already holds every id of the document.

import type { TextPositions } from './textTable.ts';

/** An element by id, or undefined: a Map, or a view of the parser's map. */
export interface IdLookup<T> {
  get(id: string): T | undefined;
}

const maps = new WeakMap<readonly unknown[], IdLookup<unknown>>();

/** The elements of `list` by id (the last of a repeated id, as a Map built from the list would keep). */
export function byId<T extends { readonly id: string }>(list: readonly T[]): IdLookup<T> {
  const known = maps.get(list);
  if (known !== undefined) return known as IdLookup<T>;
  const map = new Map<string, T>();
  for (const item of list) map.set(item.id, item);
  maps.set(list, map);
  return map;
}

/**
 * Lends the parser's map of every id to one of the lists it checked: `owner` maps an id to its position
 * shifted left by `bits`, or'd with its collection's number (-1 for none); `collection` is this list's. Only for a list
 * whose ids are unique and which stands as it was when the map was built.
 */
export function lendIds<T>(list: readonly T[], owner: TextPositions, bits: number, collection: number): void {
  const mask = (1 << bits) - 1;
  maps.set(list, {
    get(id: string): T | undefined {
      const at = owner.get(id);
      return at >= 0 && (at & mask) === collection ? list[at >>> bits] : undefined;
    },
  });
}
