// Writing PowerShell values that names from anyone's file or link cannot break out of. Every text
// value is a single-quoted literal: PowerShell expands nothing inside one ($, backtick, newlines,
// # and <# are plain characters there), and the only way out is a single quote. PowerShell's
// tokenizer takes the typographic quotes ‘ ’ ‚ ‛ as single quotes too, and reads two quote
// characters in a row as one literal character (the second), so each of them is doubled. Nothing
// here builds code from a value in any other way.

/** The characters PowerShell treats as a single quote (U+0027, U+2018, U+2019, U+201A, U+201B). */
export const SINGLE_QUOTES: ReadonlySet<string> = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);

/** A single-quoted PowerShell literal whose value is exactly `value`. */
export function psLiteral(value: string): string {
  let out = "'";
  for (const ch of value) out += SINGLE_QUOTES.has(ch) ? ch + ch : ch;
  return `${out}'`;
}

export function psBool(value: boolean): string {
  return value ? '$true' : '$false';
}

/** An integer as digits; anything else becomes a literal, which PowerShell then refuses to convert. */
export function psInteger(value: number): string {
  return Number.isSafeInteger(value) ? String(value) : psLiteral(String(value));
}

/** An array of literals: `@('a', 'b')`; `@()` when empty. */
export function psArray(values: readonly string[]): string {
  return `@(${values.map(psLiteral).join(', ')})`;
}

/** A PSListModifier hashtable written from literals only: `@{Add=@('a')}`, `@{Replace=@()}`. */
export function psListModifier(action: 'Add' | 'Replace', values: readonly string[]): string {
  return `@{${action}=${psArray(values)}}`;
}
