// Parse and validate time for seeded topologies of 100, 1,000 and 10,000 nodes.
import { generateTopology } from '../app/domain/generate.ts';
import { parseTopologyText } from '../app/domain/parse.ts';
import { validate } from '../app/domain/rules/index.ts';
import { serializeTopology } from '../app/domain/serialize.ts';
import { median, printTable } from './table.ts';

const RUNS = 15;

export function benchDomain(): { nodes: number; total: number }[] {
  const rows: string[][] = [];
  const results: { nodes: number; total: number }[] = [];
  for (const size of [100, 1_000, 10_000]) {
    const doc = generateTopology(size, 42);
    const text = serializeTopology(doc);
    const parseTimes: number[] = [];
    const validateTimes: number[] = [];
    let diagnostics = 0;
    // Two warm-up runs let the JIT settle before measuring.
    for (let run = -2; run < RUNS; run++) {
      const t0 = performance.now();
      const parsed = parseTopologyText(text);
      const t1 = performance.now();
      if (!parsed.ok) throw new Error('generated document refused');
      diagnostics = validate(parsed.doc).length;
      const t2 = performance.now();
      if (run >= 0) {
        parseTimes.push(t1 - t0);
        validateTimes.push(t2 - t1);
      }
    }
    const parse = median(parseTimes);
    const check = median(validateTimes);
    results.push({ nodes: size, total: parse + check });
    rows.push([
      size.toLocaleString('en-US'),
      doc.trunks.length.toLocaleString('en-US'),
      `${(text.length / 1024).toFixed(0)} KB`,
      parse.toFixed(2),
      check.toFixed(2),
      (parse + check).toFixed(2),
      (size / (parse + check)).toFixed(1),
      String(diagnostics),
    ]);
  }
  console.log(`\nParse and validate (median of ${RUNS} runs, ms)`);
  printTable(['nodes', 'trunks', 'text', 'parse', 'validate', 'total', 'nodes/ms', 'diagnostics'], rows);
  const [, thousand, tenThousand] = results;
  if (thousand && tenThousand) {
    console.log(`10,000 nodes: ${tenThousand.total.toFixed(1)} ms (goal < 100 ms); 10x the nodes took ${(tenThousand.total / thousand.total).toFixed(1)}x the time (goal <= 12x)`);
  }
  return results;
}
