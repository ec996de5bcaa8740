// A tokenizer for the subset of PowerShell that the hand-off script is written in, used by the
// tests to read a script back: string literals with their values, and every other token. It reads
// single-quoted strings the way PowerShell's own tokenizer does (any of ' ‘ ’ ‚ ‛ opens or closes
// one; two in a row stand for the second), and refuses everything the script never writes outside a
// literal (double quotes, backticks, here-strings, redirection, pipes…), so a value that escaped its
// literal shows up as a refusal or as a token the script did not mean to write.

/**
 * PowerShell's single-quote characters (its tokenizer's IsSingleQuote: U+0027 and the typographic
 * U+2018 ‘, U+2019 ’, U+201A ‚, U+201B ‛). Kept apart from the writer's copy in powershell.ts on
 * purpose: the tests check the writer against this reader, so they must not share the definition.
 */
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);

export type PsToken =
  | { kind: 'string'; value: string }
  | { kind: 'variable'; name: string }
  | { kind: 'parameter'; name: string; colon: boolean }
  | { kind: 'operator'; name: string }
  | { kind: 'word'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'punct'; text: string }
  | { kind: 'comment'; text: string }
  | { kind: 'newline' };

export class PsTokenizeError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} at offset ${offset}`);
  }
}

/** Comparison and logical operators the script uses (PowerShell writes them as dash words). */
const OPERATORS = new Set(['-eq', '-ne', '-gt', '-or', '-and', '-not', '-notcontains', '-contains']);
const PUNCT = ['@{', '@(', '(', ')', '{', '}', '[', ']', '=', ';', ',', '.', '+'];

const isLetter = (c: string) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_';
const isDigit = (c: string) => c >= '0' && c <= '9';
const isWordChar = (c: string) => isLetter(c) || isDigit(c) || c === '-';

export function psTokenize(source: string): PsToken[] {
  const tokens: PsToken[] = [];
  const text = [...source];
  let i = text[0] === '\uFEFF' ? 1 : 0;
  const at = (k: number) => text[k] ?? '';
  while (i < text.length) {
    const c = at(i);
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '\n' || (c === '\r' && at(i + 1) === '\n')) {
      i += c === '\r' ? 2 : 1;
      tokens.push({ kind: 'newline' });
    } else if (SINGLE_QUOTES.has(c)) {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new PsTokenizeError('unterminated string', i);
        const ch = at(i);
        if (SINGLE_QUOTES.has(ch)) {
          if (!SINGLE_QUOTES.has(at(i + 1))) {
            i++;
            break;
          }
          value += at(i + 1);
          i += 2;
        } else {
          value += ch;
          i++;
        }
      }
      tokens.push({ kind: 'string', value });
    } else if (c === '<' && at(i + 1) === '#') {
      let end = i + 2;
      while (end < text.length && !(at(end) === '#' && at(end + 1) === '>')) end++;
      if (end >= text.length) throw new PsTokenizeError('unterminated block comment', i);
      tokens.push({ kind: 'comment', text: text.slice(i, end + 2).join('') });
      i = end + 2;
    } else if (c === '#') {
      let end = i;
      while (end < text.length && at(end) !== '\n' && at(end) !== '\r') end++;
      tokens.push({ kind: 'comment', text: text.slice(i, end).join('') });
      i = end;
    } else if (c === '$') {
      let end = i + 1;
      while (end < text.length && (isLetter(at(end)) || isDigit(at(end)))) end++;
      if (end === i + 1) throw new PsTokenizeError('bad variable', i);
      tokens.push({ kind: 'variable', name: text.slice(i + 1, end).join('') });
      i = end;
    } else if (c === '-' && isLetter(at(i + 1))) {
      let end = i + 1;
      while (end < text.length && (isLetter(at(end)) || isDigit(at(end)))) end++;
      const name = text.slice(i, end).join('');
      if (OPERATORS.has(name.toLowerCase())) {
        tokens.push({ kind: 'operator', name: name.toLowerCase() });
      } else {
        const colon = at(end) === ':';
        tokens.push({ kind: 'parameter', name: name.slice(1), colon });
        if (colon) end++;
      }
      i = end;
    } else if (isLetter(c)) {
      let end = i;
      while (end < text.length && isWordChar(at(end))) end++;
      tokens.push({ kind: 'word', text: text.slice(i, end).join('') });
      i = end;
    } else if (isDigit(c)) {
      let end = i;
      while (end < text.length && isDigit(at(end))) end++;
      tokens.push({ kind: 'number', text: text.slice(i, end).join('') });
      i = end;
    } else {
      const two = c + at(i + 1);
      const punct = PUNCT.find((p) => p === two || p === c);
      if (punct === undefined) throw new PsTokenizeError(`character U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} outside a literal`, i);
      tokens.push({ kind: 'punct', text: punct });
      i += punct.length;
    }
  }
  return tokens;
}
