import { effectiveTrunkConfiguration } from './routing/scopes.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTopology, parseTopologyText, type ParseResult, type Problem } from './parse.ts';
import { serializeTopology } from './serialize.ts';
import { validDoc } from './testing/build.ts';

const examples = ['contoso-small', 'fabrikam-medium', 'global-large'].map((name) => ({
  name,
  text: readFileSync(new URL(`../../../shared/examples/${name}.json`, import.meta.url), 'utf8'),
}));

function problemsOf(result: ParseResult): Problem[] {
  if (result.ok) throw new Error('expected the parser to refuse the document');
  return result.problems;
}

function refusal(value: unknown): Problem[] {
  return problemsOf(parseTopology(value));
}

function rawValid(): Record<string, unknown> {
  return JSON.parse(serializeTopology(validDoc())) as Record<string, unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into raw JSON freely
function mutate(change: (raw: Record<string, any>) => void): Record<string, unknown> {
  const raw = rawValid();
  change(raw);
  return raw;
}

describe('parseTopologyText', () => {
  it.each(examples)('accepts the reference example $name', ({ text }) => {
    const result = parseTopologyText(text);
    expect(result.ok).toBe(true);
  });

  it('loads the frozen format 1 fixture with defaults filled', () => {
    const text = readFileSync(new URL('./fixtures/v1-all-fields.json', import.meta.url), 'utf8');
    const result = parseTopologyText(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const med = result.doc.nodes.find((n) => n.id === 'med1');
    expect(med).toMatchObject({ mediation: { sipServerPort: 5070, tcpPortRange: [5068, 5068] } });
    expect(result.doc.nodes.find((n) => n.id === 'gw1')).toMatchObject({ dnsLoadBalancing: true, qualified: true });
    // Its media settings moved to a configuration of its own (format-2.md, Migration 1 → 2).
    expect(effectiveTrunkConfiguration(result.doc, result.doc.trunks[1]!.id)).toMatchObject({ scope: { kind: 'trunk' }, mediaBypass: false, referSupport: true, srtpMode: 'notSupported' });
    expect(result.doc.trunks[1]).not.toHaveProperty('peakCalls');
  });

  it('refuses text that is not JSON, with the path of the document', () => {
    const problems = problemsOf(parseTopologyText('{"format": '));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('$');
    expect(problems[0]!.messageId).toBe('parse.notJson');
  });

  it('refuses a text over 10 MB before parsing it', () => {
    const problems = problemsOf(parseTopologyText(' '.repeat(10 * 1024 * 1024 + 1)));
    expect(problems[0]).toMatchObject({ messageId: 'parse.textTooLarge', params: { size: 11, max: 10 } });
  });

  it('fills settings when they are left out', () => {
    const raw = rawValid();
    delete raw.settings;
    const result = parseTopology(raw);
    expect(result.ok && result.doc.settings).toEqual({ mediaBypass: 'disabled', callAdmissionControl: false });
  });
});

describe('refusals', () => {
  const cases: [string, unknown, string, string][] = [
    ['an array', [], '$', 'parse.notObject'],
    ['null', null, '$', 'parse.notObject'],
    ['a wrong format', mutate((r) => (r.format = 'visio')), 'format', 'parse.wrongFormat'],
    ['no schemaVersion', mutate((r) => delete r.schemaVersion), 'schemaVersion', 'parse.missing'],
    ['a fractional schemaVersion', mutate((r) => (r.schemaVersion = 1.5)), 'schemaVersion', 'parse.wrongType'],
    ['a textual schemaVersion', mutate((r) => (r.schemaVersion = '1')), 'schemaVersion', 'parse.wrongType'],
    ['version 99', mutate((r) => (r.schemaVersion = 99)), 'schemaVersion', 'parse.newerVersion'],
    ['version 0', mutate((r) => (r.schemaVersion = 0)), 'schemaVersion', 'parse.notAVersion'],
    ['an unknown key', mutate((r) => (r.nodes[0].colour = 'red')), 'nodes[0].colour', 'parse.unknownKey'],
    ['an unknown top-level key', mutate((r) => (r.extra = 1)), 'extra', 'parse.unknownKey'],
    ['a value outside its enumeration', mutate((r) => (r.trunks[0].transport = 'UDP')), 'trunks[0].transport', 'parse.oneOf'],
    ['an unknown node kind', mutate((r) => (r.nodes[1].kind = 'router')), 'nodes[1].kind', 'parse.oneOfFound'],
    ['a wrong type', mutate((r) => (r.trunks[0].root = 'yes')), 'trunks[0].root', 'parse.wrongType'],
    ['a missing required key', mutate((r) => delete r.trunks[0].peerId), 'trunks[0].peerId', 'parse.missing'],
    ['a fractional port', mutate((r) => (r.trunks[0].peerPort = 5067.5)), 'trunks[0].peerPort', 'parse.wrongType'],
    ['a fractional range end', mutate((r) => (r.nodes[0].mediation.tlsPortRange = [5067, 5067.1])), 'nodes[0].mediation.tlsPortRange[1]', 'parse.wrongType'],
    ['negative peak calls', mutate((r) => (r.trunks[0].peakCalls = -1)), 'trunks[0].peakCalls', 'parse.min'],
    ['a position out of range', mutate((r) => (r.nodes[0].position = { x: 1_000_001, y: 0 })), 'nodes[0].position.x', 'parse.max'],
    ['a frame of zero size', mutate((r) => (r.sites[0].frame = { x: 0, y: 0, width: 0, height: 10 })), 'sites[0].frame.width', 'parse.positive'],
    ['a name over 200 characters', mutate((r) => (r.name = 'x'.repeat(201))), 'name', 'parse.maxLength'],
    ['an empty name', mutate((r) => (r.name = '')), 'name', 'parse.minLength'],
    ['a bad id', mutate((r) => (r.nodes[0].id = 'fe 1')), 'nodes[0].id', 'parse.badId'],
    ['a duplicate id across collections', mutate((r) => (r.nodes[0].id = 'hq')), 'nodes[0].id', 'parse.duplicateId'],
    ['a dangling peer reference', mutate((r) => (r.trunks[0].peerId = 'gw9')), 'trunks[0].peerId', 'parse.noNode'],
    ['a node in a missing site', mutate((r) => (r.nodes[1].siteId = 'nowhere')), 'nodes[1].siteId', 'parse.noSite'],
    ['a site id used as a node reference', mutate((r) => (r.trunks[0].mediationId = 'hq')), 'trunks[0].mediationId', 'parse.noNode'],
    ['a branch without its central site', mutate((r) => r.sites.push({ id: 'b', name: 'B', kind: 'branch' })), 'sites[1].centralSiteId', 'parse.branchWithoutCentral'],
    ['a central site naming a parent', mutate((r) => (r.sites[0].centralSiteId = 'hq')), 'sites[0].centralSiteId', 'parse.centralWithParent'],
    ['a pool with no servers', mutate((r) => (r.nodes[0].servers = [])), 'nodes[0].servers', 'parse.minEntries'],
    ['too many sites', mutate((r) => (r.sites = Array.from({ length: 1001 }, (_, i) => ({ id: `s${i}`, name: 's', kind: 'central' })))), 'sites', 'parse.tooMany'],
  ];
  it.each(cases)('refuses %s', (_name, value, path, messageId) => {
    const problems = refusal(value);
    expect(problems.length).toBeGreaterThan(0);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.messageId).toBe(messageId);
  });

  it('accepts a port outside 1–65535: its range is a rule, not a parse error', () => {
    expect(parseTopology(mutate((r) => (r.trunks[0].peerPort = 70000))).ok).toBe(true);
  });

  it('treats __proto__, constructor and prototype as unknown keys and pollutes nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = serializeTopology(validDoc()).replace('"name": "gw01-5067"', `"${key}": {"polluted": true}, "name": "gw01-5067"`);
      const problems = problemsOf(parseTopologyText(text));
      expect(problems.map((p) => p.path)).toContain(`trunks[0].${key}`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('caps a flood of problems with a summary line', () => {
    const raw = mutate((r) => (r.nodes = Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, kind: 'pstnGateway', siteId: 'hq', address: 5 }))));
    const problems = refusal(raw);
    expect(problems).toHaveLength(101);
    expect(problems[100]).toMatchObject({ messageId: 'parse.more', params: { count: 200 } });
  });
});

describe('serializeTopology', () => {
  it.each(examples)('round-trips $name: parse(serialize(x)) equals x, and serializing is idempotent', ({ text }) => {
    const first = parseTopologyText(text);
    if (!first.ok) throw new Error('example refused');
    const once = serializeTopology(first.doc);
    const second = parseTopologyText(once);
    expect(second.ok && second.doc).toEqual(first.doc);
    expect(second.ok && serializeTopology(second.doc)).toBe(once);
  });

  it('writes keys in the format order with defaults and 2-space indentation', () => {
    const text = serializeTopology(validDoc());
    expect(text.startsWith('{\n  "format": "trunkline.topology",\n  "schemaVersion": 2,\n  "name"')).toBe(true);
    const trunk = (JSON.parse(text) as { trunks: Record<string, unknown>[] }).trunks[0]!;
    expect(Object.keys(trunk)).toEqual([
      'id', 'name', 'mediationId', 'peerId', 'transport', 'mediationPort', 'peerPort', 'root',
    ]);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format', 'schemaVersion', 'name', 'settings', 'sites', 'nodes', 'trunks',
      'trunkConfigurations', 'pstnUsages', 'voiceRoutes', 'voicePolicies', 'dialPlans', 'routingTests',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
