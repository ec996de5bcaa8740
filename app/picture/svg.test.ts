import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTopologyText } from '../domain/parse.ts';
import { doc, frontEnd, mediationPool, peer, trunk, centralSite } from '../domain/testing/build.ts';
import { clip, drawDesign, escapeText } from './svg.ts';
import { DARK } from './theme.ts';

const design = () =>
  doc({
    sites: [{ ...centralSite(), frame: { x: 0, y: 0, width: 900, height: 400 } }],
    nodes: [frontEnd({ position: { x: 40, y: 80 }, label: 'FE' }), mediationPool({ position: { x: 40, y: 260 } }), peer({ position: { x: 600, y: 80 }, label: 'GW' })],
    trunks: [trunk()],
  });

describe('escapeText', () => {
  it('escapes markup and drops what XML cannot hold', () => {
    expect(escapeText(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;');
    expect(escapeText('a\u0000b\u0007c\tdd\ud800e\uffff')).toBe('abc dde');
    expect(escapeText('😀')).toBe('😀');
  });
  it('clips long text by characters', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
  });
});

describe('drawDesign', () => {
  it('draws sites, cards with names and addresses, trunks with labels and next hops', () => {
    const { svg, width, height } = drawDesign(design());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(width).toBe(900 + 80);
    expect(height).toBe(400 + 80);
    expect(svg).toContain('>Redmond</text>');
    expect(svg).toContain('>FE</text>');
    expect(svg).toContain('>gw01.contoso.com</text>');
    expect(svg).toContain('>★ TLS 5067→5067</text>');
    expect(svg.match(/<line class="h"/g)).toHaveLength(1);
    expect(svg.match(/<line class="t/g)).toHaveLength(1);
  });

  it('marks cards with errors and warnings', () => {
    // A Mediation pool without a next hop is an error.
    const d = design();
    d.nodes[1] = mediationPool({ position: { x: 40, y: 260 }, nextHopId: null });
    const { svg } = drawDesign(d);
    expect(svg).toContain('class="c ce"');
    expect(svg).toContain('<circle class="me"');
  });

  it('writes hostile names as text, never as markup', () => {
    const d = design();
    d.name = '</title><script>alert(1)</script>';
    d.nodes[0] = frontEnd({ position: { x: 40, y: 80 }, label: '<img src=x onerror=alert(1)>' });
    const { svg } = drawDesign(d);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x');
  });

  it('uses the theme it is given', () => {
    expect(drawDesign(design(), { theme: DARK }).svg).toContain(DARK.background);
  });

  it('draws Northwind under 600 KB', () => {
    const parsed = parseTopologyText(readFileSync(new URL('../../../shared/examples/global-large.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('example does not parse');
    const { svg } = drawDesign(parsed.doc);
    expect(new TextEncoder().encode(svg).length).toBeLessThan(600 * 1024);
    expect(svg.match(/<g transform="translate\(/g)!.length).toBe(parsed.doc.nodes.length + 1);
  });
});
