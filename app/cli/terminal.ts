// What the CLI prints for people goes to a terminal: a design must not be able to move the cursor,
// clear the screen or retitle the window, nor flood it. Machine output (--json) is JSON and left whole.

/** Longest value echoed inside quotes, and longest line, in readable output. */
export const MAX_ECHO = 200;
export const MAX_LINE = 1000;

/** C0 controls, DEL, C1 controls, line and paragraph separators, and the bidirectional overrides and isolates. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Every control character written as a `\u001b`-style escape, so that it shows instead of acting. */
export function escapeControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code)) continue;
    out += `${text.slice(from, i)}\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The first `max` characters and an ellipsis, never splitting a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * One line as it may reach a terminal: controls escaped, each quoted value cut to MAX_ECHO characters,
 * and the whole to MAX_LINE. One pass over the line.
 */
export function printable(line: string): string {
  const safe = escapeControls(line);
  let out = '';
  let at = 0;
  for (let open = safe.indexOf('"'); open >= 0; open = safe.indexOf('"', at)) {
    const close = safe.indexOf('"', open + 1);
    if (close < 0) break;
    out += safe.slice(at, open + 1) + cut(safe.slice(open + 1, close), MAX_ECHO) + '"';
    at = close + 1;
  }
  return cut(out + safe.slice(at), MAX_LINE);
}
