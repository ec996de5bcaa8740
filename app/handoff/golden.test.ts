// The hand-off files of the three examples and the two-site routing template, reviewed by hand against
// Microsoft's pages (README, "Hand-off to Lync"), with the time and version fixed so that they are stable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from '../domain/model.ts';
import { parseTopologyText } from '../domain/parse.ts';
import { validate } from '../domain/rules/index.ts';
import { templateById } from '../domain/templates.ts';
import { englishTranslator } from '../i18n/english.ts';
import { drawDesign } from '../picture/svg.ts';
import { HANDOFF_KINDS, handoffFile, type HandoffKind } from './files.ts';

const EXTENSION: Record<HandoffKind, string> = { script: 'ps1', buildSheet: 'build-sheet.html', report: 'report.html' };
const t = englishTranslator();

function example(name: string): Topology {
  const parsed = parseTopologyText(readFileSync(new URL(`../../../shared/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.doc;
}

const DESIGNS: [string, () => Topology][] = [
  ['examples/contoso-small', () => example('contoso-small')],
  ['examples/fabrikam-medium', () => example('fabrikam-medium')],
  ['examples/global-large', () => example('global-large')],
  ['templates/two-site-routing', () => templateById('two-site-routing')!.build()],
];

describe('golden hand-off files', () => {
  it.each(DESIGNS.flatMap(([name, build]) => HANDOFF_KINDS.map((kind) => [name, kind, build] as const)))('%s: %s', async (name, kind, build) => {
    const doc = build();
    const diagnostics = validate(doc);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const text = handoffFile(kind, { doc, diagnostics, generatedAt: '2026-12-01T12:00:00Z', version: '0.1.0', t, draw: drawDesign });
    await expect(text).toMatchFileSnapshot(`./golden/${name}.${EXTENSION[kind]}`);
  });
});
