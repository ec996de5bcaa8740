import { asFormat1 } from '../testing/format1.ts';
import { emptyTopology } from '../model.ts';
import { setTrunkMedia } from '../edit.ts';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../parse.ts';
import { parseTopologyText } from '../parse.ts';
import { serializeTopology } from '../serialize.ts';
import { centralSite, doc, frontEnd, mediationPool, peer, trunk, validDoc } from '../testing/build.ts';
import { generateTopology } from '../generate.ts';
import type { Topology } from '../model.ts';
import { base64urlEncode } from './base64url.ts';
import { compress, decompress } from './compress.ts';
import { DICTIONARY } from './dictionary.ts';
import { encodeLayout } from './layout.ts';
import { LINK_VERSION, MAX_LAYOUT_BYTES, decodeShareLink, encodeShareLink, layoutExceeds, naiveLinkLength, wrapLayout } from './shareLink.ts';

const EXAMPLES = ['contoso-small', 'fabrikam-medium', 'global-large'] as const;
const ORIGIN = 'https://trunkline.example.com/';

function example(name: string): Topology {
  const result = parseTopologyText(readFileSync(new URL(`../../../../shared/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.doc;
}

function roundTrip(doc: Topology): ParseResult {
  return decodeShareLink(encodeShareLink(doc));
}

function expectSame(doc: Topology): void {
  const result = roundTrip(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(serializeTopology(result.doc)).toBe(serializeTopology(doc));
}

function messages(result: ParseResult): string {
  return result.ok ? '' : result.problems.map((p) => `${p.path}: ${p.messageId} ${JSON.stringify(p.params)}`).join('\n');
}

describe('share link', () => {
  it.each(EXAMPLES)('round-trips %s byte for byte', (name) => {
    const doc = example(name);
    const link = encodeShareLink(doc);
    expect(link.startsWith('t2.')).toBe(true);
    expect(link).toMatch(/^t2\.[A-Za-z0-9_-]+$/);
    expectSame(doc);
  });

  it.each(EXAMPLES)('makes %s at most half the naive link', (name) => {
    const doc = example(name);
    const payload = encodeShareLink(doc).length;
    expect(payload).toBeLessThanOrEqual(naiveLinkLength(doc) / 2);
  });

  it('fits fabrikam-medium in a 2,083-character URL', () => {
    const url = `${ORIGIN}#${encodeShareLink(example('fabrikam-medium'))}`;
    expect(url.length).toBeLessThan(2083);
  });

  it('keeps optional keys absent or present, empty or zero, exactly as they were', () => {
    const plain: Topology = {
      ...validDoc(),
      sites: [centralSite('hq'), { id: 'b1', name: 'Branch', kind: 'branch', centralSiteId: 'hq', frame: { x: 0.5, y: -1e-7, width: 1e6, height: 0.25 } }],
      nodes: [
        frontEnd({ label: '', position: { x: 0.1 + 0.2, y: -999_999.75 } }),
        frontEnd({ id: 'fe2', edition: 'standard', mediation: null, siteId: 'b1', position: { x: 3, y: 4 } }),
        mediationPool({ nextHopId: null, mediation: { tlsPortRange: [5061, 5062], tcpPortRange: [5068, 5070], sipServerPort: 5071 } }),
        mediationPool({ id: 'med2', nextHopId: 'fe2', label: 'Médiation ☎ 𝄞 \u{d800}' }),
        peer({ dnsLoadBalancing: false, qualified: false, label: 'x' }),
        peer({ id: 'pbx', kind: 'ipPbx', address: '10.0.0.5' }),
        peer({ id: 'sbc', kind: 'sbc', address: '2001:db8::1', siteId: 'b1' }),
        { id: 'dir', kind: 'director', siteId: 'hq', fqdn: 'dir.contoso.com', servers: ['dir1'] },
      ],
      trunks: [
        trunk({ peakCalls: 0 }),
        trunk({ id: 't2', peerId: 'pbx', mediationId: 'med1', transport: 'TCP', peerPort: 5060, mediationPort: 5068, root: false }),
        trunk({ id: 't3', peerId: 'sbc', mediationId: 'med2', peakCalls: 123456789 }),
        trunk({ id: 't4', name: 'gw01-5068', peerPort: 5068, root: true }),
        trunk({ id: 'trunk-000000000000000000001', name: 'x'.repeat(100), peerId: 'gw1', mediationId: 'dir' }),
      ],
    };
    // Media settings of their own on t2 and t3: trunk-scoped configurations.
    const doc = setTrunkMedia(
      setTrunkMedia(plain, 't2', { srtpMode: 'optional' }),
      't3',
      { mediaBypass: true, centralizedMediaProcessing: false, referSupport: false, rtcpActiveCalls: false, rtcpCallsOnHold: false, srtpMode: 'notSupported' },
    );
    // The document is one the parser accepts: the link must carry exactly what a file would.
    const parsed = parseTopologyText(serializeTopology(doc));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expectSame(doc);
    expectSame({ ...doc, settings: { mediaBypass: 'alwaysBypass', callAdmissionControl: true } });
    expectSame({
      ...doc,
      nodes: doc.nodes.map(({ label: _label, position: _position, ...rest }) => rest as typeof rest & { label?: string }),
      trunks: [],
      trunkConfigurations: doc.trunkConfigurations.filter((c) => c.scope.kind !== 'trunk'),
    });
  });

  it('round-trips a generated design of 1,000 nodes, one DNS domain per site', () => {
    const doc = generateTopology(1_000, 7);
    expectSame(doc);
    expect(encodeShareLink(doc).length).toBeLessThanOrEqual(naiveLinkLength(doc) / 2);
  });

  it('round-trips an empty design', () => {
    expectSame(emptyTopology('x'));
  });

  it('accepts the link with its "#" and with line breaks from a mail client', () => {
    const link = encodeShareLink(example('contoso-small'));
    expect(decodeShareLink(`#${link}`).ok).toBe(true);
    expect(decodeShareLink(`${link.slice(0, 40)}\n  ${link.slice(40)}`).ok).toBe(true);
  });

  it('refuses a link from a newer Trunkline, naming both versions', () => {
    const link = encodeShareLink(example('contoso-small'));
    const result = decodeShareLink(`t9.${link.slice(3)}`);
    expect(result.ok).toBe(false);
    expect(messages(result)).toContain('link.newer');
    expect(LINK_VERSION).toBe(2);
  });

  it('refuses a truncated link with a sentence', () => {
    const link = encodeShareLink(example('fabrikam-medium'));
    for (const keep of [3, 4, 8, 20, Math.floor(link.length / 2), link.length - 1]) {
      const result = decodeShareLink(link.slice(0, keep));
      expect(result.ok).toBe(false);
      expect(messages(result)).toMatch(/^\$: link\./);
    }
    expect(messages(decodeShareLink(link.slice(0, link.length - 10)))).toContain('link.incomplete');
  });

  it('refuses garbage with a sentence', () => {
    const cases = ['', '#', 'hello', 't1', 't1.', 't1.A', 't1.!!!!', 't1.AAAAAAAAAAAA', 't0.AAAA', 'https://example.com/#t1.AAAA', 't1.5ÿ'];
    for (const text of cases) {
      const result = decodeShareLink(text);
      expect(result.ok).toBe(false);
      expect(messages(result).length).toBeGreaterThan(10);
    }
    expect(messages(decodeShareLink('t1.ab%cd'))).toContain('link.badCharacter');
    expect(messages(decodeShareLink('hello'))).toContain('link.notALink');
  });

  it('refuses a link whose check code does not match', () => {
    const layout = encodeLayout(asFormat1(example('contoso-small')));
    const link = wrapLayout(layout);
    const bytes = new Uint8Array(4 + compress(layout).length);
    bytes.set(compress(layout), 4); // check code left at zero
    expect(decodeShareLink(link).ok).toBe(true);
    expect(messages(decodeShareLink(`t1.${base64urlEncode(bytes)}`))).toContain('link.altered');
  });

  it('refuses a layout with trailing or missing bytes, or references out of range', () => {
    const layout = encodeLayout(asFormat1(example('fabrikam-medium')));
    expect(messages(decodeShareLink(wrapLayout(new Uint8Array([...layout, 0]))))).toContain('link.extraData');
    expect(messages(decodeShareLink(wrapLayout(layout.slice(0, -1))))).toContain('link.endsEarly');
    // Settings, name "x", then 2,000 sites: more than a topology may hold.
    expect(messages(decodeShareLink(wrapLayout(new Uint8Array([0, 0, 1, 0x78, 0xd0, 0x0f]))))).toContain('"limit":1000');
  });

  it('passes what the link holds through the parser', () => {
    // A layout with one central site and a node whose id is not a valid id: the parser, not the codec, refuses it.
    const doc = validDoc();
    const bad = { ...doc, nodes: [{ ...doc.nodes[0]!, id: 'not an id!' }, doc.nodes[1]!], trunks: [] };
    const result = decodeShareLink(encodeShareLink(bad as Topology));
    expect(result.ok).toBe(false);
    expect(messages(result)).toContain('nodes[0].id');
  });

  it('carries references to missing elements as text, for the parser to name', () => {
    const doc = validDoc();
    const bad = {
      ...doc,
      sites: [...doc.sites, { id: 'b1', name: 'B', kind: 'branch', centralSiteId: 'nowhere' }],
      nodes: [...doc.nodes, mediationPool({ siteId: 'gone', nextHopId: 'fe9' })],
      trunks: [trunk({ peerId: 'gw9', mediationId: 'med9' })],
    } as Topology;
    const text = messages(decodeShareLink(encodeShareLink(bad)));
    expect(text).toContain('sites[1].centralSiteId: parse.noSite {"id":"nowhere"}');
    expect(text).toContain('nodes[2].siteId: parse.noSite {"id":"gone"}');
    expect(text).toContain('nodes[2].nextHopId: parse.noNode {"id":"fe9"}');
    expect(text).toContain('trunks[0].peerId: parse.noNode {"id":"gw9"}');
    expect(text).toContain('trunks[0].mediationId: parse.noNode {"id":"med9"}');
  });

  it('refuses a zip bomb without inflating it', () => {
    // A hand-made deflate stream that expands to 256 MB: one literal zero, then a million copies of
    // "258 bytes from 1 back" (fixed Huffman codes, 13 bits each).
    const bomb = fixedHuffmanBomb(1_000_000);
    const stats = { produced: 0 };
    expect(() => decompress(bomb, MAX_LAYOUT_BYTES, stats)).toThrow('link.expandsTooLarge');
    // Stopped within one input chunk (at most ~1 MB) of the cap, far below the 256 MB it holds.
    expect(stats.produced).toBeGreaterThan(MAX_LAYOUT_BYTES);
    expect(stats.produced).toBeLessThan(MAX_LAYOUT_BYTES + 2 * 1048576);

    const started = performance.now();
    const result = decodeShareLink(wrapLayout(new Uint8Array(0), bomb));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(messages(result)).toMatch(/TooLarge \{"max":10\}/);
  });

  it('tells a short link that holds a large design (layoutExceeds), and says no for what is no link', () => {
    // 1 Mediation pool and 9,999 peers that repeat themselves: a few hundred characters.
    const { position: _p, ...pool } = mediationPool({ id: 'm', nextHopId: null });
    const peers = Array.from({ length: 9999 }, (_, i) => peer({ id: `p${i}`, address: `gw${i}.contoso.com` }));
    const star = doc({ sites: [centralSite()], nodes: [pool, ...peers], trunks: peers.map((p, i) => trunk({ id: `t${i}`, name: `t${i}`, mediationId: 'm', peerId: p.id })) });
    const link = encodeShareLink(star);
    expect(link.length).toBeLessThan(1000);
    expect(layoutExceeds(link, 64 * 1024)).toBe(true);
    expect(layoutExceeds(`#${link.slice(0, 300)}\n${link.slice(300)}`, 64 * 1024)).toBe(true);
    const small = encodeShareLink(validDoc());
    expect(layoutExceeds(small, 64 * 1024)).toBe(false);
    expect(layoutExceeds(small, 10)).toBe(true);
    for (const notALink of ['', 'hello', 't9.AAAA', 't2.!!!', 't2.AAA']) expect(layoutExceeds(notALink, 10)).toBe(false);
    // A zip bomb is stopped at the size asked about.
    expect(layoutExceeds(wrapLayout(new Uint8Array(0), fixedHuffmanBomb(1_000_000)), 64 * 1024)).toBe(true);
  });

  it('refuses an ordinary deflate stream that inflates past 10 MB', () => {
    const zeros = new Uint8Array(MAX_LAYOUT_BYTES + 1);
    const result = decodeShareLink(wrapLayout(new Uint8Array(0), deflateSync(zeros, { level: 9, dictionary: DICTIONARY })));
    expect(messages(result)).toMatch(/TooLarge \{"max":10\}/);
  });

  it('refuses a link longer than 20 MB before reading it', () => {
    const result = decodeShareLink(`t1.${'A'.repeat(21 * 1048576)}`);
    expect(messages(result)).toContain('link.tooLong {"size":22,"max":20}');
  });

  it('gives the naive length of base64url(deflate(minified JSON))', () => {
    const doc = example('contoso-small');
    const naive = naiveLinkLength(doc);
    expect(naive).toBeGreaterThan(400);
    expect(naive).toBeLessThan(JSON.stringify(doc).length);
  });
});

/** Raw deflate, one final fixed-Huffman block: a literal 0, then `copies` matches of length 258 at distance 1. */
function fixedHuffmanBomb(copies: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 1);
  let bit = 0;
  const bits = (value: number, count: number) => {
    // Header fields and extra bits go least significant bit first.
    for (let i = 0; i < count; i++, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  const code = (value: number, count: number) => {
    // Huffman codes go most significant bit first.
    for (let i = count - 1; i >= 0; i--, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7);
  };
  bits(1, 1); // BFINAL
  bits(1, 2); // BTYPE 01: fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let i = 0; i < copies; i++) {
    code(0b11000101, 8); // length code 285: 258 bytes
    code(0, 5); // distance code 0: 1 back
  }
  code(0, 7); // end of block (256)
  return out.subarray(0, (bit + 7) >> 3);
}
