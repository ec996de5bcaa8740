import { describe, expect, it } from 'vitest';
import { crc32, embedInPng, embedInSvg } from './imageEmbed.ts';
import { tinyPng } from './testing/tinyPng.ts';
import { keyDefects } from '../domain/testing/problemKeys.ts';
import { MAX_IMPORT_BYTES, MAX_PNG_IMPORT_BYTES, readImportFile } from './readImportFile.ts';

const JSON_TEXT = '{"format":"trunkline.topology","schemaVersion":1,"name":"Zürich 北京"}';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>';

describe('readImportFile', () => {
  it('reads JSON as text, dropping a BOM', async () => {
    expect(await readImportFile(new File(['\ufeff' + JSON_TEXT], 'a.json'))).toEqual({ kind: 'json', text: JSON_TEXT });
  });

  it('extracts the design from a PNG, whatever its name', async () => {
    const file = new File([embedInPng(tinyPng(), JSON_TEXT)], 'diagram.json');
    expect(await readImportFile(file)).toEqual({ kind: 'png', text: JSON_TEXT });
  });

  it('extracts the design from an SVG', async () => {
    const file = new File([embedInSvg(SVG, JSON_TEXT)], 'diagram.svg', { type: 'image/svg+xml' });
    expect(await readImportFile(file)).toEqual({ kind: 'svg', text: JSON_TEXT });
  });

  it('explains that an image without a design cannot be imported', async () => {
    for (const file of [
      new File([tinyPng()], 'photo.png'),
      new File([SVG], 'logo.svg'),
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])], 'photo.jpg'),
    ]) {
      const read = await readImportFile(file);
      expect(read).toEqual({ kind: 'unsupported', code: 'noDesign', problem: { messageId: 'import.noDesign', params: {} } });
      if (read.kind === 'unsupported') expect(keyDefects({ path: '$', ...read.problem })).toEqual([]);
    }
  });

  it('refuses JSON over the size limit', async () => {
    const file = new File([new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20)], 'huge.json');
    const result = await readImportFile(file);
    expect(result).toMatchObject({ kind: 'unsupported', code: 'tooLarge' });
    expect(result.kind === 'unsupported' && result.problem).toEqual({ messageId: 'import.tooLarge', params: { size: 10.1, max: 10 } });
  });

  it('accepts a PNG over the JSON limit, up to its own', async () => {
    // A text chunk of padding before IEND stands in for a large image.
    const png = tinyPng();
    const padding = new Uint8Array(12 + 2 + MAX_IMPORT_BYTES);
    const length = padding.length - 12;
    padding.set([length >>> 24, (length >>> 16) & 0xff, (length >>> 8) & 0xff, length & 0xff, 0x74, 0x45, 0x58, 0x74, 0x63], 0);
    const crc = crc32(padding, 4, padding.length - 4);
    padding.set([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff], padding.length - 4);
    const big = new Uint8Array(png.length + padding.length);
    big.set(png.subarray(0, png.length - 12), 0);
    big.set(padding, png.length - 12);
    big.set(png.subarray(png.length - 12), png.length - 12 + padding.length);
    expect(await readImportFile(new File([embedInPng(big, JSON_TEXT)], 'big.png'))).toEqual({ kind: 'png', text: JSON_TEXT });
    const huge = new File([png, new Uint8Array(MAX_PNG_IMPORT_BYTES)], 'huge.png');
    expect(await readImportFile(huge)).toMatchObject({ kind: 'unsupported', code: 'tooLarge' });
  });

  it('reads the design from the head of an SVG of any size', async () => {
    const svg = embedInSvg(SVG, JSON_TEXT);
    const file = new File([svg, ' '.repeat(45 * 1024 * 1024)], 'big.svg');
    expect(await readImportFile(file)).toEqual({ kind: 'svg', text: JSON_TEXT });
  });

  it('reports a file that cannot be read', async () => {
    const fail = () => Promise.reject(new Error('NotReadableError'));
    const broken = { size: 10, arrayBuffer: fail, slice: () => ({ arrayBuffer: fail }) } as unknown as File;
    expect(await readImportFile(broken)).toMatchObject({ kind: 'unsupported', code: 'unreadable', problem: { messageId: 'import.unreadable', params: {} } });
  });
});
