// Positions by text: a hash table of open addressing over 32-bit integers, for the passes that file every id
// or name of a large document (the parser's map of 37,000 ids, the rules that look for a name used twice).
// Right after JSON.parse the young heap is full of the live document, and every collection of garbage
// copies it: there, a JavaScript Map costs about 0.5 µs an entry added (its tables grow, each growth is
// garbage), and even pushing onto a growing array costs. This table allocates its storage once, for the
// number of entries it is told to expect. Its hash is seeded at random and a search that probes too far
// hands the whole table over to a Map, so that no file, however its texts collide, makes a pass quadratic.
// Large arrays cost here beyond their size: an array of 64k slots is allocated outside the young heap, and
// the machine's first touch of each fresh page is slow (about 2.5 ms for `new Array(65536)`). So the table
// keeps no array of texts when a value can say its own text (an element's position, its id), and otherwise
// one sized to the count expected.

/** Slots searched before the table gives up on its own hashing and becomes a Map. */
const MAX_PROBES = 64;

/** A position (or another integer from 0 to 2³¹ − 1) by text; -1 for a text not held. */
export interface TextPositions {
  get(key: string): number;
}

export class TextTable implements TextPositions {
  /** Each slot: 0 when empty, else 1 + the entry's number (with `keyOf`, 1 + the value itself). */
  private slots: Int32Array;
  private mask: number;
  /** The texts and values by entry number; unused with `keyOf`. */
  private keys: string[];
  private values: Int32Array;
  private count = 0;
  /** Where the entries went when a search probed too far. */
  private map: Map<string, number> | null = null;
  private readonly seed = (Math.random() * 0x7fffffff) | 0;

  /**
   * `expected`: how many texts will be added (the table grows past it, at a cost). `keyOf`: the text of a
   * value, when a value says it (a position in a list of elements with ids): then no texts are stored, and
   * a value is held only under its own text.
   */
  constructor(expected = 0, private readonly keyOf: ((value: number) => string) | null = null) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    const capacity = keyOf === null ? Math.max(expected, 8) : 0;
    this.keys = new Array<string>(capacity);
    this.values = new Int32Array(capacity);
  }

  get size(): number {
    return this.map === null ? this.count : this.map.size;
  }

  private keyAt(entry: number): string {
    return this.keyOf === null ? this.keys[entry]! : this.keyOf(entry);
  }

  private valueAt(entry: number): number {
    return this.keyOf === null ? this.values[entry]! : entry;
  }

  /** The value held for `key`, or -1. */
  get(key: string): number {
    if (this.map !== null) return this.map.get(key) ?? -1;
    const slots = this.slots;
    let slot = this.hash(key) & this.mask;
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      if (this.keyAt(entry - 1) === key) return this.valueAt(entry - 1);
      slot = (slot + 1) & this.mask;
    }
    // Never more than MAX_PROBES apart: add() keeps every entry that close to its home slot.
    return -1;
  }

  /** Holds `value` for `key` unless the key is held already; returns the value held before, or -1 when it was added. */
  add(key: string, value: number): number {
    if (this.map !== null) {
      const held = this.map.get(key);
      if (held !== undefined) return held;
      this.map.set(key, value);
      return -1;
    }
    const slots = this.slots;
    let slot = this.hash(key) & this.mask;
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const entry = slots[slot]!;
      if (entry === 0) {
        if (this.count * 2 >= slots.length) {
          this.grow();
          return this.add(key, value);
        }
        if (this.keyOf !== null) slots[slot] = value + 1;
        else {
          if (this.count === this.keys.length) this.growEntries();
          this.keys[this.count] = key;
          this.values[this.count] = value;
          slots[slot] = this.count + 1;
        }
        this.count++;
        return -1;
      }
      if (this.keyAt(entry - 1) === key) return this.valueAt(entry - 1);
      slot = (slot + 1) & this.mask;
    }
    this.becomeMap();
    return this.add(key, value);
  }

  /** Protected so that a test can make every text collide. */
  protected hash(key: string): number {
    // FNV-1a over UTF-16 code units, then a final mix so that nearby texts spread over the slots.
    let h = this.seed ^ 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }

  private growEntries(): void {
    const capacity = this.keys.length * 2;
    const keys = new Array<string>(capacity);
    const values = new Int32Array(capacity);
    for (let entry = 0; entry < this.count; entry++) keys[entry] = this.keys[entry]!;
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }

  private grow(): void {
    const old = this.slots;
    const size = old.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < old.length; i++) {
      const entry = old[i]!;
      if (entry === 0) continue;
      let slot = this.hash(this.keyAt(entry - 1)) & mask;
      for (let probes = 1; slots[slot] !== 0; probes++) {
        if (probes === MAX_PROBES) {
          this.becomeMap();
          return;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry;
    }
    this.slots = slots;
    this.mask = mask;
  }

  private becomeMap(): void {
    const map = new Map<string, number>();
    for (const entry of this.slots) if (entry !== 0) map.set(this.keyAt(entry - 1), this.valueAt(entry - 1));
    this.map = map;
    this.keys = [];
    this.values = new Int32Array(0);
    this.slots = new Int32Array(0);
  }
}
