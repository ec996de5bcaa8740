// What every section of a layout shares. A layout is a list of sections written one after the other;
// each section is a module holding its encoder and its decoder side by side, so that the two stay
// mirrors of each other. A decoder rebuilds the plain JSON value of format.md (no defaults filled in,
// nothing trusted): the caller hands the whole value to parseTopology.
import { type ByteReader, type ByteWriter, LinkDamage } from '../bytes.ts';
import { type Budget, TextReader, TextWriter } from '../text.ts';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Where a section writes: the bytes, and a new text column each time `texts()` is called. */
export class LayoutOutput {
  constructor(readonly w: ByteWriter) {}

  texts(): TextWriter {
    return new TextWriter(this.w);
  }
}

/** Where a section reads: the bytes, and the budget every text and literal id spends from. */
export class LayoutInput {
  constructor(
    readonly r: ByteReader,
    readonly budget: Budget,
  ) {}

  texts(): TextReader {
    return new TextReader(this.r, this.budget);
  }

  /**
   * How many items follow, for the lists of link version 2. Each item takes at least one byte, so a
   * count past the bytes left is damage; each spends `cost` (its JSON characters without texts) from
   * the budget, so that no count makes the decoder allocate more than a topology may hold. The
   * format's own limits on these lists are the parser's, which names the path.
   */
  count(cost: number): number {
    const n = this.r.uint();
    if (n > this.r.remaining) throw new LinkDamage('link.endsEarly', {});
    this.budget.spend(n * cost);
    return n;
  }

  /** An id written out in full, for a reference to an element the link does not hold. */
  literal(): string {
    const value = this.r.string();
    this.budget.spend(value.length + 3);
    return value;
  }
}

/** Booleans that cost a bit each, set only where a value differs from its usual one. */
export type Switches<K extends string> = readonly (readonly [K, number])[];

export function switchBits<K extends string>(value: Readonly<Record<K, boolean>>, switches: Switches<K>, usual: Readonly<Record<K, boolean>>): number {
  let flags = 0;
  for (const [key, bit] of switches) if (value[key] !== usual[key]) flags |= bit;
  return flags;
}

/** Sets on `into` each boolean of `switches` that `flags` hold. */
export function readSwitches<K extends string>(flags: number, switches: Switches<K>, usual: Readonly<Record<K, boolean>>, into: JsonObject): void {
  for (const [key, bit] of switches) into[key] = (flags & bit) !== 0 ? !usual[key] : usual[key];
}

/**
 * Damage to a configuration-store object of link version 2 (a flag or a code no encoder writes). Their
 * key is the one of malformed settings: these objects are Lync's voice settings.
 */
export function malformed(_what: string): LinkDamage {
  return new LinkDamage('link.malformedSettings', {});
}

/**
 * The flags of a collection of link version 2, after its count: one varint per object, each refused
 * when it holds a bit outside `all` or a combination `valid` rejects.
 */
export function readFlags(input: LayoutInput, cost: number, all: number, what: string, valid: (flags: number) => boolean = () => true): number[] {
  const count = input.count(cost);
  const flags: number[] = [];
  for (let i = 0; i < count; i++) {
    const f = input.r.uint();
    if ((f & ~all) !== 0 || !valid(f)) throw malformed(what);
    flags.push(f);
  }
  return flags;
}
