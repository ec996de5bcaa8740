// How the share link stores text. Names in a topology follow patterns ("c1-b2-gw", "Gateway 1.2",
// "fe0102", "t17"), so each text column keeps a table of templates: the text with every run of
// digits replaced by "0". A text is then "template number k of this column" plus, for each run of
// digits, its distance from the same run the last time that template was used: "t17" after "t16"
// is two small bytes that repeat, and deflate removes the repetition. A caller may also offer
// candidates (a trunk name predicted from its peer): a text equal to one costs one byte.
// Host names split at their first dot, and the domain comes from a table shared by all hosts.
import { type ByteReader, type ByteWriter, LinkDamage, zigzag, unzigzag } from './bytes.ts';

/** Templates kept per column, most recently used first. Bounded so that a hostile link cannot make each lookup slow. */
const TABLE_SIZE = 64;
/** Longer runs of digits do not fit an exact number: such a text is stored as it is. */
const MAX_DIGITS = 15;
/** A run of digits is padded to at most this width (leading zeros); more means a damaged link. */
const MAX_WIDTH = MAX_DIGITS;

interface Template {
  text: string;
  /** The runs of digits as numbers, and their zero-padded widths (0: no padding), at the template's last use. */
  numbers: number[];
  widths: number[];
}

/** Moves entry `index` to the front. */
function touch<T>(table: T[], index: number): T {
  const [entry] = table.splice(index, 1);
  table.unshift(entry!);
  return entry!;
}

function remember<T>(table: T[], entry: T): void {
  table.unshift(entry);
  if (table.length > TABLE_SIZE) table.pop();
}

/** "fe0102" -> pieces ["fe", "0102", ""]: text at even indexes, digit runs at odd ones. */
function split(text: string): string[] {
  return text.split(/(\d+)/);
}

function widthOf(digits: string): number {
  return digits.length > 1 && digits.startsWith('0') ? digits.length : 0;
}

function templateOf(pieces: readonly string[]): string {
  return pieces.map((piece, i) => (i % 2 === 1 ? '0' : piece)).join('');
}

/** Counts the approximate JSON size of what a link expands to, and stops it at the parser's limit. */
export class Budget {
  private spent = 0;

  constructor(private readonly limit: number) {}

  spend(chars: number): void {
    this.spent += chars;
    if (this.spent > this.limit) {
      const max = Math.round(this.limit / 1048576);
      throw new LinkDamage('link.topologyTooLarge', { max });
    }
  }
}

export class TextWriter {
  private readonly templates: Template[] = [];

  constructor(private readonly out: ByteWriter) {}

  write(value: string, candidates: readonly string[] = []): void {
    const k = candidates.length;
    const hit = candidates.indexOf(value);
    if (hit >= 0) {
      this.out.uint(hit);
      return;
    }
    const pieces = split(value);
    const runs = pieces.filter((_, i) => i % 2 === 1);
    if (runs.some((run) => run.length > MAX_DIGITS)) {
      this.out.uint(k);
      this.out.string(value);
      return;
    }
    const text = templateOf(pieces);
    const index = this.templates.findIndex((t) => t.text === text);
    let template: Template;
    if (index >= 0) {
      this.out.uint(k + 2 + index);
      template = touch(this.templates, index);
    } else {
      this.out.uint(k + 1);
      this.out.string(text);
      template = { text, numbers: runs.map(() => 0), widths: runs.map(() => 0) };
      remember(this.templates, template);
    }
    runs.forEach((run, i) => {
      const n = Number(run);
      const width = widthOf(run);
      const changed = width !== template.widths[i];
      this.out.uint(zigzag(n - template.numbers[i]!) * 2 + (changed ? 1 : 0));
      if (changed) this.out.uint(width);
      template.numbers[i] = n;
      template.widths[i] = width;
    });
  }
}

export class TextReader {
  private readonly templates: Template[] = [];

  constructor(
    private readonly input: ByteReader,
    private readonly budget: Budget,
  ) {}

  read(candidates: readonly string[] = []): string {
    const value = this.readValue(candidates);
    // Quotes and a comma around each text in JSON: the budget approximates the document's size.
    this.budget.spend(value.length + 3);
    return value;
  }

  private readValue(candidates: readonly string[]): string {
    const k = candidates.length;
    const selector = this.input.uint();
    if (selector < k) return candidates[selector]!;
    if (selector === k) return this.input.string();
    let template: Template;
    if (selector === k + 1) {
      const text = this.input.string();
      const runs = split(text).length >> 1;
      template = { text, numbers: new Array<number>(runs).fill(0), widths: new Array<number>(runs).fill(0) };
      remember(this.templates, template);
    } else {
      const index = selector - k - 2;
      if (index >= this.templates.length) throw new LinkDamage('link.missingText', {});
      template = touch(this.templates, index);
    }
    const pieces = split(template.text);
    for (let i = 1; i < pieces.length; i += 2) {
      const run = i >> 1;
      const head = this.input.uint();
      const n = template.numbers[run]! + unzigzag(Math.floor(head / 2));
      if (head % 2 === 1) {
        const width = this.input.uint();
        if (width > MAX_WIDTH) throw new LinkDamage('link.malformedText', {});
        template.widths[run] = width;
      }
      template.numbers[run] = n;
      pieces[i] = String(n).padStart(template.widths[run]!, '0');
    }
    return pieces.join('');
  }
}

/** Domains of host names: "fabrikam.com" once, then a byte for each host in it. */
export class HostWriter {
  private readonly domains: string[] = [];
  private readonly labels: TextWriter;

  constructor(private readonly out: ByteWriter) {
    this.labels = new TextWriter(out);
  }

  /** `labels` lets each kind of host (pool FQDN, server, peer address) keep its own templates. */
  write(host: string, labels: TextWriter = this.labels): void {
    const dot = host.indexOf('.');
    if (dot < 0) {
      this.out.uint(0);
      labels.write(host);
      return;
    }
    const domain = host.slice(dot + 1);
    const index = this.domains.indexOf(domain);
    if (index >= 0) {
      this.out.uint(2 + index);
      touch(this.domains, index);
    } else {
      this.out.uint(1);
      this.out.string(domain);
      remember(this.domains, domain);
    }
    labels.write(host.slice(0, dot));
  }
}

export class HostReader {
  private readonly domains: string[] = [];
  private readonly labels: TextReader;

  constructor(
    private readonly input: ByteReader,
    private readonly budget: Budget,
  ) {
    this.labels = new TextReader(input, budget);
  }

  read(labels: TextReader = this.labels): string {
    const code = this.input.uint();
    if (code === 0) return labels.read();
    let domain: string;
    if (code === 1) {
      domain = this.input.string();
      remember(this.domains, domain);
    } else {
      const index = code - 2;
      if (index >= this.domains.length) throw new LinkDamage('link.missingDomain', {});
      domain = touch(this.domains, index);
    }
    this.budget.spend(domain.length + 1);
    return `${labels.read()}.${domain}`;
  }
}
