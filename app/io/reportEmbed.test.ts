import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTopologyText } from '../domain/parse.ts';
import { validate } from '../domain/rules/index.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { designReport } from '../handoff/report.ts';
import { englishTranslator } from '../i18n/english.ts';
import { drawDesign } from '../picture/svg.ts';
import { readImportFile } from './readImportFile.ts';
import { embedInReport, extractFromReport, sniffHtml } from './reportEmbed.ts';

function contoso(name: string) {
  const parsed = parseTopologyText(readFileSync(new URL('../../../shared/examples/contoso-small.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('contoso-small.json does not parse');
  return { ...parsed.doc, name };
}

const HOSTILE = 'A </script><script>alert(1)</script> <!-- & "design"';

describe('the design inside a report', () => {
  it('keeps < out of the element and reads back the same JSON', () => {
    const json = JSON.stringify({ name: HOSTILE });
    const element = embedInReport(json);
    expect(element.slice(element.indexOf('>') + 1, -'</script>'.length)).not.toContain('<');
    expect(JSON.parse(extractFromReport(`<!DOCTYPE html><head>${element}</head>`)!)).toEqual({ name: HOSTILE });
  });

  it('recognises a page by its start only', () => {
    expect(sniffHtml('\ufeff \n<!DOCTYPE html>')).toBe(true);
    expect(sniffHtml('<HTML lang="en">')).toBe(true);
    expect(sniffHtml('{"name":"<!DOCTYPE html>"}')).toBe(false);
    expect(sniffHtml('<svg xmlns="http://www.w3.org/2000/svg">')).toBe(false);
  });

  it('importing a report gives back the design, whatever its name holds', async () => {
    const doc = contoso(HOSTILE);
    const diagnostics = validate(doc);
    const html = designReport(doc, { version: '0.1.0', generatedAt: '2026-12-01T12:00:00Z', diagnostics, t: englishTranslator(), diagram: drawDesign(doc, { diagnostics }) });
    // Every name is escaped: nothing from the design opens an element or leaves the JSON element early.
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).not.toContain('<!-- &');
    expect(html).toContain('A &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- &amp; &quot;design&quot;');
    const read = await readImportFile(new File([html], 'report.html', { type: 'text/html' }));
    expect(read.kind).toBe('report');
    const parsed = parseTopologyText(read.kind === 'report' ? read.text : '');
    expect(parsed.ok && serializeTopology(parsed.doc)).toBe(serializeTopology(doc));
  });

  it('an HTML page without a design goes to the parser as text, which refuses it', async () => {
    const read = await readImportFile(new File(['<!DOCTYPE html><p>hello</p>'], 'page.html'));
    expect(read).toEqual({ kind: 'json', text: '<!DOCTYPE html><p>hello</p>' });
    expect(parseTopologyText(read.kind === 'json' ? read.text : '').ok).toBe(false);
  });
});
