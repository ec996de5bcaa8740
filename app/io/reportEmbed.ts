// The design report (app/handoff/report.ts) carries the design, so that importing the report
// restores it: the canonical JSON in a `<script type="application/json">` element of the page's head,
// every `<` written `\u003c` (a JSON escape, so the text stays the same JSON, and no `</script>` or
// `<!--` inside a name can end the element early). Reading it back is two linear searches.

export const REPORT_DESIGN_ID = 'trunkline-design';
const OPEN = `<script type="application/json" id="${REPORT_DESIGN_ID}">`;
const CLOSE = '</script>';

/** The element that carries the design. */
export function embedInReport(json: string): string {
  let escaped = '';
  let from = 0;
  for (let at = json.indexOf('<'); at >= 0; at = json.indexOf('<', from)) {
    escaped += `${json.slice(from, at)}\\u003c`;
    from = at + 1;
  }
  return OPEN + escaped + json.slice(from) + CLOSE;
}

/** An HTML page, by content: after an optional BOM and white space it opens with a doctype or an html tag. */
export function sniffHtml(head: string): boolean {
  let i = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < head.length && ' \t\r\n'.includes(head[i]!)) i++;
  const start = head.slice(i, i + 14).toLowerCase();
  return start === '<!doctype html' || start.startsWith('<html');
}

/** The design text a report carries, for the parser (which decodes the `\u003c` escapes); null when there is none. */
export function extractFromReport(html: string): string | null {
  const open = html.indexOf(OPEN);
  if (open < 0) return null;
  const start = open + OPEN.length;
  const end = html.indexOf(CLOSE, start);
  return end < 0 ? null : html.slice(start, end);
}
