// Every report names a message its rule declares, with exactly the params of its English template, and
// every term inside it likewise; so that every language can put every diagnostic into words.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostic.ts';
import type { Topology } from '../model.ts';
import { parseTopologyText } from '../parse.ts';
import { topologyArbitrary } from '../testing/arbitraries.ts';
import { messageDefects } from '../testing/messages.ts';
import { RULES, RULE_BY_ID, validate } from './index.ts';

function checkMessages(diagnostics: readonly Diagnostic[]): void {
  expect(diagnostics.flatMap((d) => messageDefects(RULE_BY_ID.get(d.rule)!.messages, d, d.rule))).toEqual([]);
}

describe('rule messages', { timeout: 60_000 }, () => {
  it('every rule declares its messages', () => {
    for (const rule of RULES) expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0);
  });

  it('finds a report whose params differ from its template', () => {
    const rule = RULE_BY_ID.get('TRUNK_TLS_IP_PEER')!;
    expect(messageDefects(rule.messages, { messageId: 'default', params: { trunk: 't' } })).not.toEqual([]);
    expect(messageDefects(rule.messages, { messageId: 'nope', params: {} })).not.toEqual([]);
    expect(messageDefects(rule.messages, { messageId: 'default', params: { trunk: 't', peer: { term: 'node.named', params: { kind: 'x' } } } })).not.toEqual([]);
  });

  it.each(['contoso-small', 'fabrikam-medium', 'global-large'])('reports on %s are declared', (name) => {
    const parsed = parseTopologyText(readFileSync(new URL(`../../../../shared/examples/${name}.json`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(name);
    checkMessages(validate(parsed.doc));
  });

  it('reports on generated documents are declared', () => {
    fc.assert(fc.property(topologyArbitrary, (doc: Topology) => checkMessages(validate(doc))), { numRuns: 400 });
  });
});
