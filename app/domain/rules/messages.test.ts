// Every report carries a translation key whose params are the ones its rule declares, so that the
// designer can put every diagnostic into the user's language (app/i18n/rules/).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostic.ts';
import type { Topology } from '../model.ts';
import { parseTopologyText } from '../parse.ts';
import { topologyArbitrary } from '../testing/arbitraries.ts';
import { RULES, RULE_BY_ID, validate } from './index.ts';

function checkKeys(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const declared = RULE_BY_ID.get(d.rule)?.messages;
    expect(d.key, `${d.rule}: "${d.message}" has no translation key`).toBeDefined();
    const params = declared?.[d.key!.id];
    expect(params, `${d.rule}: message id "${d.key!.id}" is not declared`).toBeDefined();
    expect(Object.keys(d.key!.params).sort(), `${d.rule}.${d.key!.id}`).toEqual([...params!].sort());
    for (const value of Object.values(d.key!.params)) expect(value).not.toBeUndefined();
  }
}

describe('rule messages', () => {
  it('every rule declares its message ids and their params', () => {
    for (const rule of RULES) {
      expect(rule.messages, rule.id).toBeDefined();
      expect(Object.keys(rule.messages!).length, rule.id).toBeGreaterThan(0);
    }
  });

  it.each(['contoso-small', 'fabrikam-medium', 'global-large'])('reports on %s carry declared keys', (name) => {
    const parsed = parseTopologyText(readFileSync(new URL(`../../../../shared/examples/${name}.json`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(name);
    checkKeys(validate(parsed.doc));
  });

  it('reports on generated documents carry declared keys', () => {
    fc.assert(fc.property(topologyArbitrary, (doc: Topology) => checkKeys(validate(doc))), { numRuns: 400 });
  });
});
