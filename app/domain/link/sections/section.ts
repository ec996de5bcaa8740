// What every section of a layout shares. A layout is a list of sections written one after the other;
// each section is a module holding its encoder and its decoder side by side, so that the two stay
// mirrors of each other. A decoder rebuilds the plain JSON value of format.md (no defaults filled in,
// nothing trusted): the caller hands the whole value to parseTopology.
import type { ByteReader, ByteWriter } from '../bytes.ts';
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

  /** An id written out in full, for a reference to an element the link does not hold. */
  literal(): string {
    const value = this.r.string();
    this.budget.spend(value.length + 3);
    return value;
  }
}
