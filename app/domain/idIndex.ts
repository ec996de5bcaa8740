// Elements, and their positions, by id: one table per list, shared by everything that asks: the rules'
// topology index, the identities in routing messages, the routing index. On a 10,000-node document each
// table costs milliseconds, and three over the same nodes cost three times. A list is never changed in
// place (edits make new lists), so its table holds as long as the list does. A list the parser has just
// checked borrows the parser's table of every id: building one is what costs (a Map about 0.4 µs an entry
// on this machine, against 0.02 µs a lookup), and the parser's already holds every id of the document.

import { TextTable, type TextPositions } from './textTable.ts';

/** An element by id, or undefined. */
export interface IdLookup<T> {
  get(id: string): T | undefined;
}

const positions = new WeakMap<readonly unknown[], TextPositions>();

/** The position of each id in `list` (the last of a repeated id, as a Map built from the list would keep), -1 for none. */
export function positionsById(list: readonly { readonly id: string }[]): TextPositions {
  const known = positions.get(list);
  if (known !== undefined) return known;
  const table = new TextTable(list.length, (position) => list[position]!.id);
  // From the end: the table keeps the first position it is given for an id.
  for (let i = list.length - 1; i >= 0; i--) table.add(list[i]!.id, i);
  positions.set(list, table);
  return table;
}

const lookups = new WeakMap<readonly unknown[], IdLookup<unknown>>();

/** The elements of `list` by id (the last of a repeated id, as a Map built from the list would keep). */
export function byId<T extends { readonly id: string }>(list: readonly T[]): IdLookup<T> {
  const known = lookups.get(list);
  if (known !== undefined) return known as IdLookup<T>;
  const at = positionsById(list);
  const lookup: IdLookup<T> = {
    get(id: string): T | undefined {
      const position = at.get(id);
      return position < 0 ? undefined : list[position];
    },
  };
  lookups.set(list, lookup);
  return lookup;
}

/**
 * Lends the parser's map of every id to one of the lists it checked: `owner` maps an id to its position
 * shifted left by `bits`, or'd with its collection's number (-1 for none); `collection` is this list's.
 * Only for a list whose ids are unique and which stands as it was when the map was built.
 */
export function lendIds(list: readonly unknown[], owner: TextPositions, bits: number, collection: number): void {
  const mask = (1 << bits) - 1;
  positions.set(list, {
    get(id: string): number {
      const at = owner.get(id);
      return at >= 0 && (at & mask) === collection ? at >>> bits : -1;
    },
  });
}
