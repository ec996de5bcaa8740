import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zlibSync } from 'fflate';
import {
  EMBED_KEYWORD,
  crc32,
  embedInPng,
  embedInSvg,
  extractFromPng,
  extractFromSvg,
  isOtherImage,
  pngChunks,
  sniffImage,
} from './imageEmbed.ts';
import { pngChunk as chunk, tinyPng } from './testing/tinyPng.ts';

const NASTY = 'Zürich 北京 <img src=x onerror=alert(1)> 🚀';
const JSON_TEXT = JSON.stringify({ format: 'trunkline.topology', schemaVersion: 1, name: NASTY, nodes: [{ label: NASTY }] }, null, 2);

// --- a real 1×1 PNG, built by hand (testing/tinyPng.ts) -----------------------------------------

function allCrcsValid(bytes: Uint8Array): boolean {
  const { chunks, complete } = pngChunks(bytes);
  return complete && chunks.every((c) => c.crcValid);
}

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('gives the well-known CRC of an empty IEND chunk', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

describe('PNG', () => {
  it('builds a valid test PNG', () => {
    const png = tinyPng();
    expect(allCrcsValid(png)).toBe(true);
    expect(pngChunks(png).chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('round-trips Unicode and markup in labels', () => {
    const out = embedInPng(tinyPng(), JSON_TEXT);
    expect(extractFromPng(out)).toBe(JSON_TEXT);
  });

  it('keeps every CRC valid and puts our chunk just before IEND', () => {
    const out = embedInPng(tinyPng(), JSON_TEXT);
    expect(allCrcsValid(out)).toBe(true);
    const types = pngChunks(out).chunks.map((c) => c.type);
    expect(types).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    // The original image data is carried over byte for byte.
    const original = tinyPng();
    expect(out.subarray(0, original.length - 12)).toEqual(original.subarray(0, original.length - 12));
  });

  it('writes a compressed iTXt chunk with our keyword', () => {
    const out = embedInPng(tinyPng(), JSON_TEXT);
    const ours = pngChunks(out).chunks.find((c) => c.type === 'iTXt')!;
    const data = out.subarray(ours.dataStart, ours.dataStart + ours.length);
    const keyword = new TextDecoder().decode(data.subarray(0, EMBED_KEYWORD.length));
    expect(keyword).toBe(EMBED_KEYWORD);
    expect(Array.from(data.subarray(EMBED_KEYWORD.length, EMBED_KEYWORD.length + 5))).toEqual([0, 1, 0, 0, 0]);
  });

  it('replaces an earlier embedded design instead of adding a second one', () => {
    const once = embedInPng(tinyPng(), '{"a":1}');
    const twice = embedInPng(once, '{"b":2}');
    expect(extractFromPng(twice)).toBe('{"b":2}');
    expect(pngChunks(twice).chunks.filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(allCrcsValid(twice)).toBe(true);
  });

  it('leaves other text chunks alone', () => {
    const software = chunk('tEXt', [...new TextEncoder().encode('Software'), 0, ...new TextEncoder().encode('test')]);
    const out = embedInPng(tinyPng(software), '{}');
    expect(pngChunks(out).chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'tEXt', 'iTXt', 'IEND']);
  });

  it('reads an uncompressed iTXt chunk too', () => {
    const text = new TextEncoder().encode(NASTY);
    const itxt = chunk('iTXt', [...new TextEncoder().encode(EMBED_KEYWORD), 0, 0, 0, 0, 0, ...text]);
    expect(extractFromPng(tinyPng(itxt))).toBe(NASTY);
  });

  it('round-trips an empty string and a large design', () => {
    expect(extractFromPng(embedInPng(tinyPng(), ''))).toBe('');
    const big = JSON.stringify({ nodes: Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, label: `${NASTY} ${i}` })) });
    expect(extractFromPng(embedInPng(tinyPng(), big))).toBe(big);
  });

  it('returns null for a PNG without our chunk', () => {
    expect(extractFromPng(tinyPng())).toBeNull();
  });

  it('returns null for a chunk whose CRC is wrong', () => {
    const out = embedInPng(tinyPng(), JSON_TEXT);
    const ours = pngChunks(out).chunks.find((c) => c.type === 'iTXt')!;
    out[ours.dataStart + ours.length - 1]! ^= 0xff;
    expect(extractFromPng(out)).toBeNull();
  });

  it('returns null for a chunk whose compressed data is corrupt', () => {
    const itxt = chunk('iTXt', [...new TextEncoder().encode(EMBED_KEYWORD), 0, 1, 0, 0, 0, 0x78, 0x9c, 1, 2, 3, 4, 5]);
    expect(extractFromPng(tinyPng(itxt))).toBeNull();
  });

  it('refuses a decompression bomb', () => {
    // 40 MB of zeros deflates to a few hundred KB.
    const bomb = zlibSync(new Uint8Array(40 * 1024 * 1024), { level: 1 });
    const itxt = chunk('iTXt', [...new TextEncoder().encode(EMBED_KEYWORD), 0, 1, 0, 0, 0, ...bomb]);
    expect(extractFromPng(tinyPng(itxt))).toBeNull();
  });

  it('returns null for invalid UTF-8', () => {
    const itxt = chunk('iTXt', [...new TextEncoder().encode(EMBED_KEYWORD), 0, 0, 0, 0, 0, 0xff, 0xfe]);
    expect(extractFromPng(tinyPng(itxt))).toBeNull();
  });

  it('returns null for empty, non-PNG and truncated input', () => {
    expect(extractFromPng(new Uint8Array())).toBeNull();
    expect(extractFromPng(new TextEncoder().encode('{"format":"trunkline.topology"}'))).toBeNull();
    const out = embedInPng(tinyPng(), JSON_TEXT);
    const ours = pngChunks(out).chunks.find((c) => c.type === 'iTXt')!;
    expect(extractFromPng(out.subarray(0, ours.dataStart + 10))).toBeNull();
  });

  it('stops at a length field pointing past the end', () => {
    const out = embedInPng(tinyPng(), JSON_TEXT);
    // IDAT's length is at offset 33 (8 signature + 25 IHDR chunk).
    out.set([0x7f, 0xff, 0xff, 0xff], 33);
    expect(extractFromPng(out)).toBeNull();
  });

  it('refuses to embed into something that is not a whole PNG', () => {
    expect(() => embedInPng(new Uint8Array([1, 2, 3]), '{}')).toThrow();
    const png = tinyPng();
    expect(() => embedInPng(png.subarray(0, png.length - 12), '{}')).toThrow();
  });

  it('never throws on random bytes, with or without a PNG signature', () => {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.boolean(), (random, signed) => {
        const bytes = signed ? new Uint8Array([...signature, ...random]) : random;
        const result = extractFromPng(bytes);
        return result === null || typeof result === 'string';
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on truncations and corruptions of a real embedded PNG', () => {
    const real = embedInPng(tinyPng(), JSON_TEXT);
    fc.assert(
      fc.property(
        fc.nat({ max: real.length }),
        fc.array(fc.tuple(fc.nat({ max: real.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        (cut, flips) => {
          const bytes = real.slice(0, cut);
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          const result = extractFromPng(bytes);
          // Whatever survives intact must be the original text.
          return result === null || result === JSON_TEXT || flips.length > 0;
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('SVG', () => {
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><foreignObject width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml">Zürich</div></foreignObject></svg>';

  it('round-trips Unicode and markup in labels', () => {
    const out = embedInSvg(SVG, JSON_TEXT);
    expect(extractFromSvg(out)).toBe(JSON_TEXT);
  });

  it('puts the metadata first inside the root element, escaped', () => {
    const out = embedInSvg(SVG, '{"a":"<b>&</b>"}');
    expect(out).toBe(SVG.replace('viewBox="0 0 10 10">', 'viewBox="0 0 10 10"><metadata id="trunkline-topology">{"a":"&lt;b&gt;&amp;&lt;/b&gt;"}</metadata>'));
  });

  it('survives "]]>" and "</metadata>" in the JSON', () => {
    const nasty = JSON.stringify({ name: 'a]]>b</metadata><script>alert(1)</script>]]]]><![CDATA[' });
    const out = embedInSvg(SVG, nasty);
    expect(extractFromSvg(out)).toBe(nasty);
    expect(out).not.toContain('<script>');
    expect(out.match(/<\/metadata>/g)).toHaveLength(1);
  });

  it('keeps carriage returns and entity-like text exact', () => {
    const text = '{\r\n"a": "&amp; &lt; &#13;"\r\n}';
    expect(extractFromSvg(embedInSvg(SVG, text))).toBe(text);
  });

  it('replaces an earlier embedded design', () => {
    const twice = embedInSvg(embedInSvg(SVG, '{"a":1}'), '{"b":2}');
    expect(extractFromSvg(twice)).toBe('{"b":2}');
    expect(twice.match(/<metadata/g)).toHaveLength(1);
  });

  it('handles an XML prolog, comments, a doctype with a subset, and attributes containing ">"', () => {
    const svg = '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- <svg> in a comment -->\n<!DOCTYPE svg [ <!ENTITY x "y>"> ]>\n<svg xmlns="http://www.w3.org/2000/svg" data-x="a>b"><rect/></svg>';
    const out = embedInSvg(svg, JSON_TEXT);
    expect(out).toContain('data-x="a>b"><metadata id="trunkline-topology">');
    expect(extractFromSvg(out)).toBe(JSON_TEXT);
  });

  it('opens a self-closing root', () => {
    const out = embedInSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', '{}');
    expect(out).toBe('<svg xmlns="http://www.w3.org/2000/svg"><metadata id="trunkline-topology">{}</metadata></svg>');
  });

  it('reads metadata rewritten by another tool (single quotes, CDATA, numeric references)', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><metadata class="x" id='trunkline-topology'><![CDATA[{"a":"<b>]]>&#x4e2c;&quot;</metadata></svg>`;
    expect(extractFromSvg(svg)).toBe('{"a":"<b>丬"');
  });

  it('returns null without our metadata, for non-SVG text, and for broken markup', () => {
    expect(extractFromSvg(SVG)).toBeNull();
    expect(extractFromSvg('{"format":"trunkline.topology"}')).toBeNull();
    expect(extractFromSvg('<svg><metadata id="trunkline-topology">{"a":1}')).toBeNull();
    expect(extractFromSvg('<svg><metadata id="trunkline-topology">&bogus;</metadata></svg>')).toBeNull();
    expect(extractFromSvg('<svg><metadata id="trunkline-topology"><b>x</b></metadata></svg>')).toBeNull();
    expect(extractFromSvg('')).toBeNull();
  });

  it('refuses names that are not XML entities, including those on the object prototype (issue 12)', () => {
    const wrap = (text: string) => `<svg><metadata id="trunkline-topology">${text}</metadata></svg>`;
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'nbsp', 'AMP']) expect(extractFromSvg(wrap(`{"name":"&${name};"}`)), name).toBeNull();
    // A bare ampersand, a reference to no character, and overlong digits are refused too.
    for (const text of ['a & b', '&#0;', '&#xD800;', '&#x110000;', `&#${'9'.repeat(40)};`, '&amp']) expect(extractFromSvg(wrap(text)), text).toBeNull();
    expect(extractFromSvg(wrap('&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#9;'))).toBe('&<>"\'AB\t');
  });

  it('finds our metadata by its id attribute only, not by look-alikes', () => {
    expect(extractFromSvg('<svg><metadata data-id="trunkline-topology">{}</metadata></svg>')).toBeNull();
    expect(extractFromSvg('<svg><metadataX id="trunkline-topology">{}</metadataX></svg>')).toBeNull();
    expect(extractFromSvg('<svg><metadata id="other">{"a":1}</metadata><metadata\n  id = "trunkline-topology" >{"b":2}</metadata></svg>')).toBe('{"b":2}');
    expect(extractFromSvg('<svg><metadata id="trunkline-topology"/></svg>')).toBe('');
  });

  it('scans a hostile run of unclosed metadata tags in one pass (the 1 MB SVG, scaled down)', () => {
    // The old pattern backtracked over the rest of the text from every '<metadata': quadratic, hours at 40 MB.
    const hostile = `<svg>${'<metadata id="x" '.repeat(40_000)}`;
    expect(extractFromSvg(hostile)).toBeNull();
    const closed = `<svg>${'<metadata id="x" >'.repeat(40_000)}<metadata id="trunkline-topology">{}</metadata></svg>`;
    expect(extractFromSvg(closed)).toBe('{}');
  });

  it('refuses to embed into text without an svg root', () => {
    expect(() => embedInSvg('<html></html>', '{}')).toThrow();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        for (const text of [tail, `<svg>${tail}`, `<svg><metadata id="trunkline-topology">${tail}`]) {
          const result = extractFromSvg(text);
          if (result !== null && typeof result !== 'string') return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips arbitrary JSON strings', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value);
        return extractFromSvg(embedInSvg(SVG, json)) === json && extractFromPng(embedInPng(tinyPng(), json)) === json;
      }),
      { numRuns: 200 },
    );
  });
});

describe('sniffImage', () => {
  const text = (s: string) => new TextEncoder().encode(s);

  it('recognises PNG by its signature', () => {
    expect(sniffImage(tinyPng())).toBe('png');
    expect(sniffImage(tinyPng().subarray(0, 8))).toBe('png');
    expect(sniffImage(tinyPng().subarray(0, 7))).toBeNull();
  });

  it('recognises SVG after a BOM, whitespace, a prolog and comments', () => {
    expect(sniffImage(text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('svg');
    expect(sniffImage(text('\ufeff  \n<?xml version="1.0"?>\n<!-- made by hand -->\n<svg>'))).toBe('svg');
    expect(sniffImage(text('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg/>'))).toBe('svg');
  });

  it('says null for JSON, HTML and other markup', () => {
    expect(sniffImage(text('{"format":"trunkline.topology"}'))).toBeNull();
    expect(sniffImage(text('<html><svg></svg></html>'))).toBeNull();
    expect(sniffImage(text('<svgx>'))).toBeNull();
    expect(sniffImage(text('<!-- unterminated <svg>'))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });

  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => [null, 'png', 'svg'].includes(sniffImage(bytes))));
  });
});

describe('isOtherImage', () => {
  it('recognises JPEG, GIF and WebP but not JSON or PNG', () => {
    expect(isOtherImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(isOtherImage(new TextEncoder().encode('GIF89a'))).toBe(true);
    expect(isOtherImage(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe(true);
    expect(isOtherImage(new TextEncoder().encode('{"format":1}'))).toBe(false);
    expect(isOtherImage(tinyPng())).toBe(false);
  });
});
