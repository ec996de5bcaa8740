// Number patterns of voice routes, normalization rules and outbound translation rules are .NET
// regular expressions written by anyone (files, links). They are read here in one linear pass,
// classified (format-2.md, Patterns) and rewritten into RE2 syntax, and evaluated only by re2js,
// whose matching is linear in the input: no pattern can freeze the app.
//
// - invalid: not valid .NET syntax (PATTERN_INVALID);
// - unsupported: valid .NET that a linear-time engine cannot run, or that RE2 refuses
//   (backreferences, lookaround, atomic groups, conditionals, counts over 1,000…): PATTERN_UNSUPPORTED;
// - ok: compiled, with the .NET group count and the .NET-number → RE2-group map;
// - pending: read and valid, but the engine is not loaded yet (the browser loads re2js after the page
//   starts, to keep it out of the first download; the CLI and the tests load it before they begin).
import type { RE2JS } from 're2js';
import { keepAllRule } from './defaults.ts';

let engine: typeof RE2JS | null = null;
let loading: Promise<void> | null = null;

/** Loads re2js once; verdicts given while it was loading are forgotten, so that patterns compile now. */
export function loadPatternEngine(): Promise<void> {
  loading ??= import('re2js').then((module) => {
    engine = module.RE2JS;
    cache.clear();
  });
  return loading;
}

/**
 * Where the engine can be had at once (node: a plain require), it is loaded on the first pattern that
 * needs it, so that a command that meets no pattern never pays for it.
 */
let loadNow: (() => typeof RE2JS) | null = null;
export function setPatternEngineLoader(load: () => typeof RE2JS): void {
  loadNow = load;
}

export function patternEngineReady(): boolean {
  if (engine === null && loadNow !== null) engine = loadNow();
  return engine !== null;
}

/** Patterns Trunkline writes itself (the global dial plan's rule), known to compile: see translate. */
const KNOWN_GOOD: ReadonlySet<string> = new Set([keepAllRule().pattern]);

export type PatternFault =
  | 'notEnoughParens'
  | 'tooManyParens'
  | 'unterminatedClass'
  | 'nothingToRepeat'
  | 'nestedQuantifier'
  | 'reverseRange'
  | 'reverseCount'
  | 'badEscape'
  | 'trailingBackslash'
  | 'badGroup'
  | 'badName';

export type PatternFeature =
  | 'backreference'
  | 'lookaround'
  | 'atomicGroup'
  | 'conditional'
  | 'balancingGroup'
  | 'classSubtraction'
  | 'inlineOption'
  | 'numberedGroup'
  | 'anchorG'
  | 'unicodeBlock'
  | 'engineLimit';

export interface CompiledPattern {
  readonly source: string;
  /** Capturing groups as .NET numbers them ($1…$n). */
  readonly groups: number;
  readonly re: RE2JS;
  /** RE2 group index of each .NET group number (index 0 is the whole match). */
  readonly groupIndex: readonly number[];
}

export type PatternVerdict =
  | { readonly kind: 'ok'; readonly pattern: CompiledPattern }
  | { readonly kind: 'invalid'; readonly fault: PatternFault; readonly at: number }
  | { readonly kind: 'unsupported'; readonly feature: PatternFeature; readonly at: number }
  | { readonly kind: 'pending'; readonly groups: number };

class Stop {
  constructor(readonly verdict: PatternVerdict) {}
}

const invalid = (fault: PatternFault, at: number): Stop => new Stop({ kind: 'invalid', fault, at });
const unsupported = (feature: PatternFeature, at: number): Stop => new Stop({ kind: 'unsupported', feature, at });

const hex = (code: number): string => `\\x{${code.toString(16)}}`;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9_]$/.test(c);
const HEX = /^[0-9A-Fa-f]$/;

/** A literal code point written so that RE2 reads it as itself, inside or outside a class. */
function literal(code: number): string {
  const c = String.fromCodePoint(code);
  return /^[A-Za-z0-9]$/.test(c) ? c : hex(code);
}

// Escapes that stand for a set of characters. \d is ASCII digits (format-2.md: "Digits are ASCII").
const SET_ESCAPES: Record<string, string> = {
  d: '0-9', D: '', w: '0-9A-Za-z_', W: '', s: '\\t\\n\\f\\r\\x{b} ', S: '',
};
const SET_NEGATION: Record<string, string> = { D: 'd', W: 'w', S: 's' };
const CONTROL_ESCAPES: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, v: 11, e: 27, a: 7 };


/** Reads .NET syntax once, left to right, and writes the RE2 equivalent. */
class Translator {
  private i = 0;
  private out = '';
  /** Per capturing group in source order: true when named. */
  private readonly captures: boolean[] = [];
  /** What the last item written can take a quantifier: 'atom', 'quantified' or 'none'. */
  private last: 'atom' | 'quantified' | 'none' = 'none';

  constructor(private readonly src: string) {}

  run(): { source: string; captures: boolean[] } {
    const s = this.src;
    let open = 0;
    while (this.i < s.length) {
      const c = s[this.i]!;
      switch (c) {
        case '\\':
          this.escape();
          break;
        case '[':
          this.characterClass();
          break;
        case '(':
          if (this.group()) open++;
          break;
        case ')':
          if (open === 0) throw invalid('tooManyParens', this.i);
          open--;
          this.out += ')';
          this.i++;
          this.last = 'atom';
          break;
        case '|':
          this.out += '|';
          this.i++;
          this.last = 'none';
          break;
        case '*':
        case '+':
        case '?':
          this.quantifier(c, 1);
          break;
        case '{': {
          const count = this.readCount();
          if (count === null) {
            this.atom(literal(c.codePointAt(0)!), 1);
          } else {
            this.quantifier(count.text, count.length);
          }
          break;
        }
        case '^':
        case '$':
          // .NET's $ also matches before a final newline; a dialable number holds none.
          this.out += c;
          this.i++;
          this.last = 'atom';
          break;
        case '.':
          this.atom('.', 1);
          break;
        default: {
          const code = s.codePointAt(this.i)!;
          this.atom(literal(code), code > 0xffff ? 2 : 1);
        }
      }
    }
    if (open > 0) throw invalid('notEnoughParens', s.length);
    return { source: this.out, captures: this.captures };
  }

  private atom(text: string, length: number): void {
    this.out += text;
    this.i += length;
    this.last = 'atom';
  }

  private quantifier(text: string, length: number): void {
    if (this.last === 'none') throw invalid('nothingToRepeat', this.i);
    if (this.last === 'quantified') throw invalid('nestedQuantifier', this.i);
    this.out += text;
    this.i += length;
    if (this.src[this.i] === '?') {
      // Lazy: same matches for IsMatch, different groups; RE2 has it too.
      this.out += '?';
      this.i++;
    }
    this.last = 'quantified';
  }

  /** `{n}`, `{n,}`, `{n,m}` at this.i, or null when the brace is a literal (as .NET reads it). */
  private readCount(): { text: string; length: number } | null {
    const s = this.src;
    let j = this.i + 1;
    const start = j;
    while (isDigit(s[j])) j++;
    if (j === start) return null;
    const min = s.slice(start, j);
    let max: string | undefined = min;
    if (s[j] === ',') {
      j++;
      const maxStart = j;
      while (isDigit(s[j])) j++;
      max = j === maxStart ? undefined : s.slice(maxStart, j);
    }
    if (s[j] !== '}') return null;
    if (max !== undefined && Number(max) < Number(min)) throw invalid('reverseCount', this.i);
    const text = s.slice(this.i, j + 1);
    return { text, length: text.length };
  }

  /** Reads a group's opening; false when it closed at once (a comment, an option switch). */
  private group(): boolean {
    const s = this.src;
    const at = this.i;
    if (s[at + 1] !== '?') {
      this.captures.push(false);
      this.out += '(';
      this.i++;
      this.last = 'none';
      return true;
    }
    const k = s[at + 2];
    if (k === ':') {
      this.out += '(?:';
      this.i += 3;
    } else if (k === '=' || k === '!') {
      throw unsupported('lookaround', at);
    } else if (k === '>') {
      throw unsupported('atomicGroup', at);
    } else if (k === '(') {
      throw unsupported('conditional', at);
    } else if (k === '#') {
      // A comment: skip to the first ')'.
      const end = s.indexOf(')', at);
      if (end < 0) throw invalid('notEnoughParens', s.length);
      // A comment leaves whatever came before it quantifiable as it was.
      this.i = end + 1;
      return false;
    } else if (k === '<' || k === "'") {
      const next = s[at + 3];
      if (k === '<' && (next === '=' || next === '!')) throw unsupported('lookaround', at);
      this.namedGroup(at, k === '<' ? '>' : "'");
    } else if (k !== undefined && /[imnsx-]/.test(k)) {
      if (!this.inlineOptions(at)) return false;
    } else {
      throw invalid('badGroup', at);
    }
    this.last = 'none';
    return true;
  }

  private namedGroup(at: number, close: string): void {
    const s = this.src;
    let j = at + 3;
    const start = j;
    while (j < s.length && s[j] !== close && s[j] !== '-') {
      if (!isWordChar(s[j])) throw invalid('badName', j);
      j++;
    }
    if (j === start) throw invalid('badName', j);
    if (s[j] === '-') throw unsupported('balancingGroup', at);
    if (j >= s.length) throw invalid('badName', j);
    const name = s.slice(start, j);
    if (isDigit(name[0])) {
      if (!/^\d+$/.test(name)) throw invalid('badName', start);
      throw unsupported('numberedGroup', at);
    }
    this.captures.push(true);
    this.out += '(';
    this.i = j + 1;
  }

  /** `(?imnsx-imnsx)` or `(?imnsx-imnsx:…)`. RE2 knows i, m and s. */
  private inlineOptions(at: number): boolean {
    const s = this.src;
    let j = at + 2;
    let flags = '';
    while (j < s.length && /[imnsx-]/.test(s[j]!)) {
      flags += s[j];
      j++;
    }
    const end = s[j];
    if (end !== ')' && end !== ':') throw invalid('badGroup', at);
    if (/[nx]/.test(flags)) throw unsupported('inlineOption', at);
    const on = flags.split('-')[0] ?? '';
    const off = flags.split('-').slice(1).join('');
    const written = `${on}${off ? `-${off}` : ''}`;
    if (end === ')') {
      if (written && written !== '-') this.out += `(?${written})`;
      this.i = j + 1;
      return false;
    }
    this.out += written && written !== '-' ? `(?${written}:` : '(?:';
    this.i = j + 1;
    return true;
  }

  private escape(): void {
    const s = this.src;
    const at = this.i;
    const c = s[at + 1];
    if (c === undefined) throw invalid('trailingBackslash', at);
    if (c in SET_ESCAPES) {
      const neg = SET_NEGATION[c];
      this.atom(neg ? `[^${SET_ESCAPES[neg]}]` : `[${SET_ESCAPES[c]}]`, 2);
      return;
    }
    switch (c) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        this.out += `\\${c}`;
        this.i += 2;
        this.last = 'atom';
        return;
      case 'Z':
        // End, or before a final newline: a dialable number holds none.
        this.out += '\\z';
        this.i += 2;
        this.last = 'atom';
        return;
      case 'G':
        throw unsupported('anchorG', at);
      case 'k':
        if (s[at + 2] === '<' || s[at + 2] === "'") throw unsupported('backreference', at);
        throw invalid('badEscape', at);
      case 'p':
      case 'P': {
        const { text, length } = this.property(at);
        this.atom(text, length);
        return;
      }
    }
    if (isDigit(c) && c !== '0') throw unsupported('backreference', at);
    const single = this.singleCharEscape(at);
    this.atom(literal(single.code), single.length);
  }

  /** `\p{Lu}` and the like: general categories pass to RE2; .NET's named blocks (IsGreek…) do not. */
  private property(at: number): { text: string; length: number } {
    const s = this.src;
    if (s[at + 2] !== '{') throw invalid('badEscape', at);
    const end = s.indexOf('}', at);
    if (end < 0) throw invalid('badEscape', at);
    const name = s.slice(at + 3, end);
    if (!/^[A-Z][a-z]?$/.test(name)) {
      if (/^[A-Za-z0-9_-]+$/.test(name)) throw unsupported('unicodeBlock', at);
      throw invalid('badEscape', at);
    }
    return { text: `\\${s[at + 1]}{${name}}`, length: end + 1 - at };
  }

  /** An escape that stands for one character, inside or outside a class. */
  private singleCharEscape(at: number): { code: number; length: number } {
    const s = this.src;
    const c = s[at + 1]!;
    if (c in CONTROL_ESCAPES) return { code: CONTROL_ESCAPES[c]!, length: 2 };
    if (c === 'x' || c === 'u') {
      const n = c === 'x' ? 2 : 4;
      const digits = s.slice(at + 2, at + 2 + n);
      if (digits.length !== n || ![...digits].every((d) => HEX.test(d))) throw invalid('badEscape', at);
      return { code: parseInt(digits, 16), length: 2 + n };
    }
    if (c === 'c') {
      const letter = s[at + 2];
      if (letter === undefined || !/^[A-Za-z@[\\\]^_]$/.test(letter)) throw invalid('badEscape', at);
      return { code: letter.toUpperCase().charCodeAt(0) ^ 0x40, length: 3 };
    }
    if (c === '0') {
      // \0 and up to two more octal digits.
      let j = at + 2;
      while (j < at + 4 && /[0-7]/.test(s[j] ?? '')) j++;
      return { code: parseInt(s.slice(at + 1, j), 8), length: j - at };
    }
    if (/[A-Za-z]/.test(c)) throw invalid('badEscape', at);
    const code = s.codePointAt(at + 1)!;
    return { code, length: code > 0xffff ? 3 : 2 };
  }

  private characterClass(): void {
    const s = this.src;
    const at = this.i;
    let j = at + 1;
    let out = '[';
    if (s[j] === '^') {
      out += '^';
      j++;
    }
    let first = true;
    let previous: number | null = null;
    for (;;) {
      if (j >= s.length) throw invalid('unterminatedClass', at);
      const c = s[j]!;
      if (c === ']' && !first) break;
      first = false;
      if (c === '-' && s[j + 1] === '[') throw unsupported('classSubtraction', j);
      if (c === '-' && previous !== null && s[j + 1] !== undefined && s[j + 1] !== ']') {
        // A range: previous-next.
        const next = this.classChar(j + 1, at);
        if (next.set !== null) {
          // `[a-\d]` is an error in .NET.
          throw invalid('reverseRange', j);
        }
        if (next.code! < previous) throw invalid('reverseRange', j);
        out += `-${literal(next.code!)}`;
        j += 1 + next.length;
        previous = null;
        continue;
      }
      const item = this.classChar(j, at);
      if (item.set !== null) {
        out += item.set;
        previous = null;
      } else {
        out += literal(item.code!);
        previous = item.code!;
      }
      j += item.length;
    }
    this.out += `${out}]`;
    this.i = j + 1;
    this.last = 'atom';
  }

  /** One member of a class at j: a character (code) or a set escape written for RE2 (set). */
  private classChar(j: number, classAt: number): { code: number | null; set: string | null; length: number } {
    const s = this.src;
    const c = s[j];
    if (c === undefined) throw invalid('unterminatedClass', classAt);
    if (c !== '\\') {
      const code = s.codePointAt(j)!;
      return { code, set: null, length: code > 0xffff ? 2 : 1 };
    }
    const e = s[j + 1];
    if (e === undefined) throw invalid('unterminatedClass', classAt);
    if (e in SET_ESCAPES) {
      const neg = SET_NEGATION[e];
      // RE2 has no negated set inside a class other than its own \D \W \S, which are ASCII like ours.
      return { code: null, set: neg ? `\\${e}` : SET_ESCAPES[e]!, length: 2 };
    }
    if (e === 'p' || e === 'P') {
      const p = this.property(j);
      return { code: null, set: p.text, length: p.length };
    }
    if (e === 'b') return { code: 8, set: null, length: 2 };
    if (isDigit(e) && e !== '0') {
      // Inside a class .NET reads \1–\7 as octal escapes.
      let k = j + 1;
      while (k < j + 4 && /[0-7]/.test(s[k] ?? '')) k++;
      if (k === j + 1) throw invalid('badEscape', j);
      return { code: parseInt(s.slice(j + 1, k), 8), set: null, length: k - j };
    }
    const single = this.singleCharEscape(j);
    return { code: single.code, set: null, length: single.length };
  }
}

function translate(source: string): PatternVerdict {
  let translated: { source: string; captures: boolean[] };
  try {
    translated = new Translator(source).run();
  } catch (e) {
    if (e instanceof Stop) return e.verdict;
    throw e;
  }
  // .NET numbers unnamed groups first, left to right, then named ones.
  const groupIndex = [0];
  translated.captures.forEach((named, i) => {
    if (!named) groupIndex.push(i + 1);
  });
  translated.captures.forEach((named, i) => {
    if (named) groupIndex.push(i + 1);
  });
  const groups = translated.captures.length;
  if (engine === null && loadNow !== null && KNOWN_GOOD.has(source)) {
    // Lync's own default, which RE2 takes (patternEngineLazy.test.ts): compiled when first matched, so that a command
    // whose design has no other pattern (every format-1 design) never loads the engine.
    let re: RE2JS | null = null;
    const compiled = translated.source;
    const pattern: CompiledPattern = {
      source,
      groups,
      groupIndex,
      get re() {
        // patternEngineReady loads the engine (loadNow is set).
        if (re === null && patternEngineReady()) re = engine!.compile(compiled);
        return re!;
      },
    };
    return { kind: 'ok', pattern };
  }
  if (!patternEngineReady()) return { kind: 'pending', groups };
  let re: RE2JS;
  try {
    re = engine!.compile(translated.source);
  } catch {
    // Valid .NET that RE2 will not take (a count over 1,000, a program too large…).
    return { kind: 'unsupported', feature: 'engineLimit', at: 0 };
  }
  return { kind: 'ok', pattern: { source, groups, re, groupIndex } };
}

// Compiled once per distinct source: documents share most patterns, and a document version is
// re-validated on every edit. Bounded, so a stream of distinct patterns cannot grow it for ever.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, PatternVerdict>();

export function compilePattern(source: string): PatternVerdict {
  const hit = cache.get(source);
  if (hit) return hit;
  const verdict = translate(source);
  if (verdict.kind === 'pending') return verdict;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, verdict);
  return verdict;
}

/** The groups of the first match anywhere in `input` (as .NET's Regex.Match), or null. */
export function firstMatch(pattern: CompiledPattern, input: string): (string | null)[] | null {
  const m = pattern.re.matcher(input);
  if (!m.find()) return null;
  return pattern.groupIndex.map((g) => m.group(g));
}

/** Whether the pattern matches anywhere in the input (.NET's Regex.IsMatch). */
export function isMatch(pattern: CompiledPattern, input: string): boolean {
  return pattern.re.test(input);
}

/**
 * The translation with `$0`…`$9` replaced by the match's groups (an unmatched group gives ""),
 * `$$` by `$`; any other `$` stays (format-2.md, Patterns).
 */
export function substitute(translation: string, groups: readonly (string | null)[]): string {
  let out = '';
  for (let i = 0; i < translation.length; i++) {
    const c = translation[i]!;
    const n = translation[i + 1];
    if (c === '$' && n === '$') {
      out += '$';
      i++;
    } else if (c === '$' && isDigit(n)) {
      out += groups[Number(n)] ?? '';
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** The highest `$n` (1–9) a translation names, for TRANSLATION_GROUP_MISSING. */
export function highestGroupNamed(translation: string): number {
  let highest = 0;
  for (let i = 0; i < translation.length - 1; i++) {
    if (translation[i] !== '$') continue;
    const n = translation[i + 1]!;
    if (n === '$') {
      i++;
    } else if (isDigit(n)) {
      highest = Math.max(highest, Number(n));
      i++;
    }
  }
  return highest;
}

/** A normalization or translation rule applied: the whole number replaced, or null when no match. */
export function rewrite(pattern: CompiledPattern, translation: string, input: string): string | null {
  const groups = firstMatch(pattern, input);
  return groups === null ? null : substitute(translation, groups);
}
