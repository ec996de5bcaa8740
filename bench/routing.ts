// Format 2 at scale: parse and validate 10,000 nodes with 10,000 routes, 1,000 policies and 1,000 dial
// plans; and the time to route one number (issue 8's goals: 150 ms and 5 ms).
import { generateRouting, generateTopology } from '../app/domain/generate.ts';
import { parseTopologyText } from '../app/domain/parse.ts';
import { loadPatternEngine } from '../app/domain/routing/pattern.ts';
import { routeNumber } from '../app/domain/routing/simulate.ts';
import { validate } from '../app/domain/rules/index.ts';
import { toCanonical } from '../app/domain/serialize.ts';
import { median, printTable } from './table.ts';

const RUNS = 9;

export async function benchRouting(): Promise<void> {
  // The CLI and the tests load re2js before they begin; so does this.
  await loadPatternEngine();
  const doc = generateRouting(generateTopology(10_000, 42), { routes: 10_000, policies: 999, dialPlans: 999 });
  // Minified: indented, this document passes the format's 10 MB.
  const text = JSON.stringify(toCanonical(doc));
  const first = parseTopologyText(text);
  if (!first.ok) throw new Error(`generated document refused: ${JSON.stringify(first.problems.slice(0, 2))}`);
  const routed = first.doc;
  const time = (query: Parameters<typeof routeNumber>[1]) => {
    const times: number[] = [];
    for (let run = -5; run < 50; run++) {
      const t0 = performance.now();
      routeNumber(routed, query);
      if (run >= 0) times.push(performance.now() - t0);
    }
    return median(times);
  };
  // Routing first: measured after the parse runs below, it would time the collection of their garbage
  // (five 6.7 MB documents) as much as the router.
  const site = time({ dialedNumber: '0100', dialPlanId: 'dp0', voicePolicyId: 'vp0' });
  const global = time({ dialedNumber: '+12003001234' });
  const parseTimes: number[] = [];
  const validateTimes: number[] = [];
  for (let run = -2; run < RUNS; run++) {
    const t0 = performance.now();
    const parsed = parseTopologyText(text);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error(`generated document refused: ${JSON.stringify(parsed.problems.slice(0, 2))}`);
    validate(parsed.doc);
    const t2 = performance.now();
    if (run >= 0) {
      parseTimes.push(t1 - t0);
      validateTimes.push(t2 - t1);
    }
  }
  console.log(`\nFormat 2 at scale (10,000 nodes, ${doc.trunks.length.toLocaleString('en-US')} trunks, 10,000 routes, 1,000 policies and 1,000 dial plans with the global ones; median, ms)`);
  printTable(
    ['text', 'parse', 'validate', 'total', 'route: site policy (2 usages)', 'route: global policy (every route)'],
    [[`${(text.length / 1048576).toFixed(1)} MB`, median(parseTimes).toFixed(1), median(validateTimes).toFixed(1), (median(parseTimes) + median(validateTimes)).toFixed(1), site.toFixed(3), global.toFixed(2)]],
  );
}
