// Positions by text: a hash table of open addressing over 32-bit integers, for the passes that file every id
// or name of a large document (the parser's map of 37,000 ids, the rules that look for a name used twice).
// Right after JSON.parse the young heap is full of the live document, and every collection of garbage
// copies it: there, a JavaScript Map costs about 0.5 µs an entry added (its tables grow, each growth is
// garbage), and even pushing onto a growing array costs. This table allocates its storage once, for the
// number of entries it is told to expect. Its hash is seeded at random and a search that probes too far
// hands the whole table over to a Map, so that no file, however its texts collide, makes a pass quadratic.

/** Slots searched before the table gives up on its own hashing and becomes a Map. */
const MAX_PROBES = 64;

/** A position (or another integer from 0 to 2³¹ − 1) by text; -1 for a text not held. */
export interface TextPositions {
  get(key: string): number;
}

export class TextTable implements TextPositions {
  /** Each slot: 0 when empty, else 1 + the entry's number. */
  private slots: Int32Array;
  private mask: number;
  private keys: string[];
  private values: Int32Array;
  private count = 0;
  /** Where the entries went when a search probed too far. */
  private map: Map<string, number> | null = null;
  private readonly seed = (Math.random() * 0x7fffffff) | 0;

  /** `expected`: how many texts will be added (the table grows past it, at a cost). */
  constructor(expected = 0) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.keys = new Array<string>(size >> 1);
    this.values = new Int32Array(size >> 1);
  }

  get size(): number {
    return this.map === null ? this.count : this.map.size;
  }

  /** The value held for `key`, or -1. */
  get(key: string): number {
    if (this.map !== null) return this.map.get(key) ?? -1;
    const slots = this.slots;
    let slot = this.hash(key) & this.mask;
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      if (this.keys[entry - 1] === key) return this.values[entry - 1]!;
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
        if (this.count === this.keys.length) {
          this.grow();
          return this.add(key, value);
        }
        this.keys[this.count] = key;
        this.values[this.count] = value;
        slots[slot] = ++this.count;
        return -1;
      }
      if (this.keys[entry - 1] === key) return this.values[entry - 1]!;
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

  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    const keys = new Array<string>(size >> 1);
    const values = new Int32Array(size >> 1);
    for (let entry = 0; entry < this.count; entry++) {
      keys[entry] = this.keys[entry]!;
      values[entry] = this.values[entry]!;
    }
    this.keys = keys;
    this.values = values;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = this.hash(this.keys[entry]!) & mask;
      for (let probes = 1; slots[slot] !== 0; probes++) {
        if (probes === MAX_PROBES) {
          this.becomeMap();
          return;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }

  private becomeMap(): void {
    const map = new Map<string, number>();
    for (let entry = 0; entry < this.count; entry++) map.set(this.keys[entry]!, this.values[entry]!);
    this.map = map;
    this.keys = [];
    this.values = new Int32Array(0);
    this.slots = new Int32Array(0);
  }
}
