import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.ts';
import type { Topology } from './model.ts';
import { migrate1to2 } from './migrate1to2.ts';
import { parseTopologyText } from './parse.ts';
import { validate } from './rules/index.ts';
import { serializeTopology } from './serialize.ts';
import { topologyV1Arbitrary } from './testing/arbitraries.ts';

interface Verdict {
  rule: string;
  severity: string;
  targets: string[];
}

const golden = JSON.parse(readFileSync(new URL('./fixtures/catalogue1-golden.json', import.meta.url), 'utf8')) as { cases: { document: unknown; diagnostics: Verdict[] }[] };

/**
 * A catalogue-2 diagnostic in catalogue 1's terms: the media rules now name the trunk configuration
 * (rules-2.md); a configuration of trunk scope stands for its trunk, and one named beside the trunk is dropped.
 */
function asCatalogue1(doc: Topology, d: Diagnostic): Verdict {
  const trunkOf = new Map(doc.trunkConfigurations.flatMap((c) => (c.scope.kind === 'trunk' ? [[c.id, c.scope.trunkId] as const] : [])));
  const named = new Set(d.targets);
  const targets = d.targets.flatMap((id) => {
    const trunk = trunkOf.get(id);
    if (trunk === undefined) return doc.trunkConfigurations.some((c) => c.id === id) ? [] : [id];
    return named.has(trunk) ? [] : [trunk];
  });
  return { rule: d.rule, severity: d.severity, targets };
}

const key = (v: Verdict) => `${v.severity} ${v.rule} ${v.targets.join(',')}`;
const sorted = (list: Verdict[]) => list.map(key).sort();

describe('migration 1 → 2', () => {
  it.each(golden.cases.map((c, i) => [i, c] as const))('keeps the catalogue-1 verdicts of frozen document #%i', (_i, c) => {
    const parsed = parseTopologyText(JSON.stringify(c.document));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    expect(parsed.migratedFrom).toBe(1);
    expect(sorted(validate(parsed.doc).map((d) => asCatalogue1(parsed.doc, d)))).toEqual(sorted(c.diagnostics));
  });

  it.each(['contoso-small', 'fabrikam-medium', 'global-large'])('keeps %s clean', (name) => {
    const parsed = parseTopologyText(readFileSync(new URL(`../../../shared/examples/${name}.json`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(`${name} does not parse`);
    expect(parsed.migratedFrom).toBe(1);
    expect(validate(parsed.doc)).toEqual([]);
  });

  it('moves media settings that differ from the defaults into a configuration of the trunk, as format-2.md says', () => {
    const doc = migrate1to2({
      format: 'trunkline.topology', schemaVersion: 1, name: 'x', settings: { mediaBypass: 'disabled', callAdmissionControl: false },
      sites: [], nodes: [],
      trunks: [
        { id: 't1', name: 'a', mediationId: 'm', peerId: 'p', transport: 'TLS', mediationPort: 1, peerPort: 1, root: true, mediaBypass: false, centralizedMediaProcessing: true, referSupport: true, rtcpActiveCalls: true, rtcpCallsOnHold: true, srtpMode: 'required' },
        { id: 'tc-t2', name: 'b', mediationId: 'm', peerId: 'p', transport: 'TCP', mediationPort: 1, peerPort: 2, root: false, mediaBypass: false, centralizedMediaProcessing: true, referSupport: true, rtcpActiveCalls: true, rtcpCallsOnHold: true, srtpMode: 'optional' },
        { id: 't2', name: 'c', mediationId: 'm', peerId: 'p', transport: 'TCP', mediationPort: 1, peerPort: 3, root: false, mediaBypass: true, centralizedMediaProcessing: true, referSupport: true, rtcpActiveCalls: true, rtcpCallsOnHold: true, srtpMode: 'required' },
      ],
    });
    expect(doc.schemaVersion).toBe(2);
    expect(doc.trunks.map((t) => Object.keys(t))).toEqual([
      ['id', 'name', 'mediationId', 'peerId', 'transport', 'mediationPort', 'peerPort', 'root'],
      ['id', 'name', 'mediationId', 'peerId', 'transport', 'mediationPort', 'peerPort', 'root'],
      ['id', 'name', 'mediationId', 'peerId', 'transport', 'mediationPort', 'peerPort', 'root'],
    ]);
    expect(doc.trunkConfigurations.map((c) => [c.id, c.scope])).toEqual([
      ['tc-global', { kind: 'global' }],
      ['tc-tc-t2', { kind: 'trunk', trunkId: 'tc-t2' }],
      ['tc-t2-2', { kind: 'trunk', trunkId: 't2' }],
    ]);
    expect(doc.trunkConfigurations[2]).toMatchObject({ mediaBypass: true, srtpMode: 'required', maxEarlyDialogs: 20, pstnUsages: [] });
    expect(doc.voicePolicies.map((p) => p.id)).toEqual(['vp-global']);
    expect(doc.dialPlans[0]!.normalizationRules).toEqual([{ name: 'Keep All', pattern: '^(\\d{11})$', translation: '+$1', isInternalExtension: false }]);
    expect([doc.pstnUsages, doc.voiceRoutes, doc.routingTests]).toEqual([[], [], []]);
  });

  it('turns any format-1 document into a format-2 one the parser accepts and writes back byte for byte', () => {
    fc.assert(
      fc.property(topologyV1Arbitrary, (v1) => {
        const text = serializeTopology(migrate1to2(v1));
        const parsed = parseTopologyText(text);
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
        if (parsed.ok) expect(serializeTopology(parsed.doc)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
