// PSTN usages (link version 2): the document's one list of usage names, then, everywhere a usage is
// named (routes, policies, configurations, tests), its index in that list. A name the list does not
// spell exactly (another case, or no such usage) is written out, for the parser and the rules to judge.
import { LinkDamage } from '../bytes.ts';
import { indexById, readRef, writeRef } from './refs.ts';
import type { LayoutInput, LayoutOutput } from './section.ts';

/** Approximate JSON characters of a usage name besides its text: quotes and a comma. */
const NAME_COST = 3;

export function writeUsages(out: LayoutOutput, usages: readonly string[]): UsageRefWriter {
  out.w.uint(usages.length);
  const names = out.texts();
  for (const usage of usages) names.write(usage);
  return new UsageRefWriter(out, usages);
}

export function readUsages(input: LayoutInput): UsageRefReader {
  const count = input.count(0);
  const names = input.texts();
  const usages: string[] = [];
  for (let i = 0; i < count; i++) usages.push(names.read());
  return new UsageRefReader(input, usages);
}

/** Writes references to usages: code 0 and the name, or 1 + its index in the list. */
export class UsageRefWriter {
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    private readonly out: LayoutOutput,
    readonly usages: readonly string[],
  ) {
    this.index = indexById(usages);
  }

  one(name: string): void {
    writeRef(this.out.w, this.index, name, 0, (target) => 1 + target);
  }

  list(names: readonly string[]): void {
    this.out.w.uint(names.length);
    for (const name of names) this.one(name);
  }
}

export class UsageRefReader {
  constructor(
    private readonly input: LayoutInput,
    readonly usages: readonly string[],
  ) {}

  one(): string {
    const ref = readRef(this.input, this.input.r.uint(), 0, (code) => {
      if (code - 1 >= this.usages.length) throw new LinkDamage('link.missingText', {});
      return code - 1;
    });
    if (typeof ref === 'string') return ref;
    const name = this.usages[ref]!;
    this.input.budget.spend(name.length + NAME_COST);
    return name;
  }

  list(): string[] {
    const count = this.input.count(0);
    const names: string[] = [];
    for (let i = 0; i < count; i++) names.push(this.one());
    return names;
  }
}
