// Share-link size for the three reference examples: the naive link (base64url of the deflated
// minified JSON) against ours, and the whole URL, whose practical limit is 2,083 characters.
import { readFileSync } from 'node:fs';
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
  console.log(`\nShare link size (characters; URL with origin ${ORIGIN})`);
  printTable(
    ['example', 'naive', 'ours', 'ours/naive', 'URL'],
    results.map((r) => [r.example, r.naive.toLocaleString('en-US'), r.ours.toLocaleString('en-US'), (r.ours / r.naive).toFixed(3), r.url.toLocaleString('en-US')]),
  );
  console.log('Goal: ours/naive <= 0.5 for each; fabrikam-medium URL < 2,083');
  return results;
}
