// Pictures drawn from the model in node (no browser): Northwind as SVG, time and size.
import { readFileSync } from 'node:fs';
import { parseTopologyText } from '../app/domain/parse.ts';
import { serializeTopology } from '../app/domain/serialize.ts';
import { svgPicture } from '../app/io/exportImage.ts';
import { median, printTable } from './table.ts';

export function benchPicture(): void {
  const text = readFileSync(new URL('../../shared/examples/global-large.json', import.meta.url), 'utf8');
  const parsed = parseTopologyText(text);
  if (!parsed.ok) throw new Error('global-large.json does not parse');
  const json = serializeTopology(parsed.doc);
  const times: number[] = [];
  let svg = '';
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    svg = svgPicture(parsed.doc, json);
    times.push(performance.now() - started);
  }
  const bytes = new TextEncoder().encode(svg).length;
  console.log('\nPicture drawn from the model (node, median of 10 runs; the design embedded)');
  printTable(['design', 'nodes', 'trunks', 'SVG size', 'draw'], [['global-large.json', String(parsed.doc.nodes.length), String(parsed.doc.trunks.length), `${(bytes / 1024).toFixed(0)} KB`, `${median(times).toFixed(1)} ms`]]);
}
