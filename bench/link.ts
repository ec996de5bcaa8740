// Share-link size for the three reference examples (format 1, link version 1) and a routing-rich
// format-2 design (link version 2): the naive link (base64url of the deflated minified JSON) against
// ours, and the whole URL, whose practical limit is 2,083 characters.
import { readFileSync } from 'node:fs';
import { routingRichDesign } from '../app/domain/link/fixtures/routingRich.ts';
import { encodeShareLink, naiveLinkLength } from '../app/domain/link/shareLink.ts';
import { parseTopologyText } from '../app/domain/parse.ts';
import { printTable } from './table.ts';

const ORIGIN = 'https://trunkline.example.com/';
const EXAMPLES = ['contoso-small', 'fabrikam-medium', 'global-large'];

export function benchLinks(): { example: string; naive: number; ours: number; url: number }[] {
  const results: { example: string; naive: number; ours: number; url: number }[] = [];
  for (const example of EXAMPLES) {
    const parsed = parseTopologyText(readFileSync(new URL(`../../shared/examples/${example}.json`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(`${example} refused`);
    const naive = naiveLinkLength(parsed.doc);
    const ours = encodeShareLink(parsed.doc).length;
    results.push({ example, naive, ours, url: ORIGIN.length + 1 + ours });
  }
  // Two sites, 4 usages, 20 routes, 3 policies, 3 dial plans of 4 rules, 3 trunk configurations, 5 tests.
  const routing = routingRichDesign();
  const ours = encodeShareLink(routing).length;
  results.push({ example: 'routing-rich (format 2)', naive: naiveLinkLength(routing), ours, url: ORIGIN.length + 1 + ours });
  console.log(`\nShare link size (characters; URL with origin ${ORIGIN})`);
  printTable(
    ['example', 'naive', 'ours', 'ours/naive', 'URL'],
    results.map((r) => [r.example, r.naive.toLocaleString('en-US'), r.ours.toLocaleString('en-US'), (r.ours / r.naive).toFixed(3), r.url.toLocaleString('en-US')]),
  );
  console.log('Goal: ours/naive <= 0.5 for each; fabrikam-medium URL < 2,083');
  console.log('Format 2 (link version 2): most of a routing design is text (names, patterns), which deflate alone already compresses');
  return results;
}
