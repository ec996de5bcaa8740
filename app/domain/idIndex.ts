// Elements by id, one map per list, shared by everything that asks: the rules' topology index, the
// identities in routing messages, the routing index. On a 10,000-node document each map costs
// milliseconds, and three maps over the same nodes cost three times. A list is never changed in place
// (edits make new lists), so its map holds as long as the list does.
// (Lending the parser's map of every id instead was tried: lookups in that one map of 37,000 ids cost
// more than building the maps of the lists that are asked about.)

const maps = new WeakMap<readonly unknown[], ReadonlyMap<string, unknown>>();

/** The elements of `list` by id (the last of a repeated id, as a Map built from the list would keep). */
export function byId<T extends { readonly id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  const known = maps.get(list);
  if (known !== undefined) return known as ReadonlyMap<string, T>;
  const map = new Map<string, T>();
  for (const item of list) map.set(item.id, item);
  maps.set(list, map);
  return map;
}
