// Every problem a refused document or share link carries an id of PROBLEM_MESSAGES with exactly its params,
// and reads as the English message the CLI prints, unchanged.
import { asFormat1 } from '../domain/testing/format1.ts';
import { describe, expect, it } from 'vitest';
import type { Message } from '../domain/diagnostic.ts';
import { formatProblem } from './validator.ts';
import { encodeLayout } from '../domain/link/layout.ts';
import { decodeShareLink, encodeShareLink, wrapLayout } from '../domain/link/shareLink.ts';
import { type ParseResult, parseTopology, parseTopologyText } from '../domain/parse.ts';
import { migrate } from '../domain/migrations.ts';
import { PROBLEM_MESSAGES, PROBLEM_TERMS, type Problem, type ProblemId } from '../domain/problems.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { keyDefects } from '../domain/testing/problemKeys.ts';
import { templateParams } from '../domain/testing/messages.ts';
import { validDoc } from '../domain/testing/build.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into raw JSON freely
function mutate(change: (raw: Record<string, any>) => void): Record<string, unknown> {
  const raw = JSON.parse(serializeTopology(validDoc())) as Record<string, unknown>;
  change(raw);
  return raw;
}

function problemsOf(result: ParseResult): Problem[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
}


const link = encodeShareLink(validDoc());
const layout = encodeLayout(asFormat1(validDoc()));
const flood = mutate((r) => (r.nodes = Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, kind: 'pstnGateway', siteId: 'hq', address: 5 }))));

type Case = [name: string, problems: () => Problem[], path: string, message: string | RegExp, key: { id: string; params: Message['params'] }];

const parse = (value: unknown) => () => problemsOf(parseTopology(value));
const parseText = (text: string) => () => problemsOf(parseTopologyText(text));
const share = (fragment: string) => () => problemsOf(decodeShareLink(fragment));

const CASES: Case[] = [
  ['not text', parseText(5 as unknown as string), '$', 'the input is not text', { id: 'parse.notText', params: {} }],
  [
    'a text over 10 MB',
    parseText(' '.repeat(10 * 1048576 + 1)),
    '$',
    'the text is 11 MB; a topology may be 10 MB at most',
    { id: 'parse.textTooLarge', params: { size: 11, max: 10 } },
  ],
  ['not JSON', parseText('{"format": '), '$', /^this is not JSON \(.+\)$/, { id: 'parse.notJson', params: { detail: expect.any(String) } }],
  ['not an object', parse([]), '$', 'expected a JSON object, found a list', { id: 'parse.notObject', params: { found: { term: 'found.list' } } }],
  [
    'a wrong format',
    parse(mutate((r) => (r.format = 'visio'))),
    'format',
    'must be "trunkline.topology": this is not a Trunkline topology',
    { id: 'parse.wrongFormat', params: { format: 'trunkline.topology' } },
  ],
  ['no schemaVersion', parse(mutate((r) => delete r.schemaVersion)), 'schemaVersion', 'is missing', { id: 'parse.missing', params: {} }],
  [
    'a textual schemaVersion',
    parse(mutate((r) => (r.schemaVersion = '1'))),
    'schemaVersion',
    'must be an integer, found the text "1"',
    { id: 'parse.wrongType', params: { expected: { term: 'type.int' }, found: { term: 'found.text', params: { value: '1' } } } },
  ],
  [
    'version 99',
    parse(mutate((r) => (r.schemaVersion = 99))),
    'schemaVersion',
    'this document is format version 99, but this Trunkline reads version 2 at most: open it in a newer Trunkline',
    { id: 'parse.newerVersion', params: { version: 99, supported: 2 } },
  ],
  [
    'version 0',
    parse(mutate((r) => (r.schemaVersion = 0))),
    'schemaVersion',
    'version 0 is not a Trunkline format version (the first is 1)',
    { id: 'parse.notAVersion', params: { version: 0, first: 1 } },
  ],
  [
    'too many sites',
    parse(mutate((r) => (r.sites = Array.from({ length: 1001 }, (_, i) => ({ id: `s${i}`, name: 's', kind: 'central' }))))),
    'sites',
    'holds 1001 entries; a topology may hold 1,000 at most',
    { id: 'parse.tooMany', params: { entries: 1001, limit: 1000 } },
  ],
  [
    'an unknown key',
    parse(mutate((r) => (r.nodes[0].colour = 'red'))),
    'nodes[0].colour',
    '"colour" is not a key of this format: check its spelling, or remove it',
    { id: 'parse.unknownKey', params: { key: 'colour' } },
  ],
  [
    'a wrong type',
    parse(mutate((r) => (r.trunks[0].root = 'yes'))),
    'trunks[0].root',
    'must be true or false, found the text "yes"',
    { id: 'parse.wrongType', params: { expected: { term: 'type.boolean' }, found: { term: 'found.text', params: { value: 'yes' } } } },
  ],
  [
    'a long text of a wrong type',
    parse(mutate((r) => (r.trunks[0].peerPort = 'x'.repeat(50)))),
    'trunks[0].peerPort',
    `must be a number, found the text "${'x'.repeat(40)}…"`,
    { id: 'parse.wrongType', params: { expected: { term: 'type.number' }, found: { term: 'found.text', params: { value: `${'x'.repeat(40)}…` } } } },
  ],
  [
    'a list for an object',
    parse(mutate((r) => (r.settings = []))),
    'settings',
    'must be an object, found a list',
    { id: 'parse.wrongType', params: { expected: { term: 'type.object' }, found: { term: 'found.list' } } },
  ],
  [
    'a fractional port',
    parse(mutate((r) => (r.trunks[0].peerPort = 5067.5))),
    'trunks[0].peerPort',
    'must be an integer, found the number 5067.5',
    { id: 'parse.wrongType', params: { expected: { term: 'type.int' }, found: { term: 'found.number', params: { value: 5067.5 } } } },
  ],
  [
    'a bad enum',
    parse(mutate((r) => (r.trunks[0].transport = 'UDP'))),
    'trunks[0].transport',
    'must be one of "TLS", "TCP"',
    { id: 'parse.oneOf', params: { values: '"TLS", "TCP"' } },
  ],
  [
    'an unknown node kind',
    parse(mutate((r) => (r.nodes[1].kind = 'router'))),
    'nodes[1].kind',
    'must be one of "frontEndPool", "director", "mediationPool", "pstnGateway", "ipPbx", "sbc", found the text "router"',
    {
      id: 'parse.oneOfFound',
      params: { values: '"frontEndPool", "director", "mediationPool", "pstnGateway", "ipPbx", "sbc"', found: { term: 'found.text', params: { value: 'router' } } },
    },
  ],
  [
    'a node without a kind',
    parse(mutate((r) => delete r.nodes[1].kind)),
    'nodes[1].kind',
    /found nothing$/,
    { id: 'parse.oneOfFound', params: { values: expect.any(String), found: { term: 'found.nothing' } } },
  ],
  ['a missing key', parse(mutate((r) => delete r.trunks[0].peerId)), 'trunks[0].peerId', 'is missing', { id: 'parse.missing', params: {} }],
  ['negative peak calls', parse(mutate((r) => (r.trunks[0].peakCalls = -1))), 'trunks[0].peakCalls', 'must be at least 0', { id: 'parse.min', params: { limit: 0 } }],
  [
    'a position out of range',
    parse(mutate((r) => (r.nodes[0].position = { x: 1_000_001, y: 0 }))),
    'nodes[0].position.x',
    'must be at most 1,000,000',
    { id: 'parse.max', params: { limit: 1_000_000 } },
  ],
  [
    'a frame of zero size',
    parse(mutate((r) => (r.sites[0].frame = { x: 0, y: 0, width: 0, height: 10 }))),
    'sites[0].frame.width',
    'must be greater than 0',
    { id: 'parse.positive', params: {} },
  ],
  ['a huge number', parse(mutate((r) => (r.trunks[0].peerPort = 1e300))), 'trunks[0].peerPort', 'is too large a number', { id: 'parse.numberTooLarge', params: {} }],
  ['an empty name', parse(mutate((r) => (r.name = ''))), 'name', 'must be at least 1 character long', { id: 'parse.minLength', params: { count: 1 } }],
  [
    'a long name',
    parse(mutate((r) => (r.name = 'x'.repeat(201)))),
    'name',
    'must be at most 200 characters long',
    { id: 'parse.maxLength', params: { count: 200 } },
  ],
  ['no servers', parse(mutate((r) => (r.nodes[0].servers = []))), 'nodes[0].servers', 'needs at least 1 entry', { id: 'parse.minEntries', params: { count: 1 } }],
  [
    'a port range of three',
    parse(mutate((r) => (r.nodes[0].mediation.tlsPortRange = [1, 2, 3]))),
    'nodes[0].mediation.tlsPortRange',
    'may hold at most 2 entries',
    { id: 'parse.maxEntries', params: { count: 2 } },
  ],
  [
    'a bad id',
    parse(mutate((r) => (r.nodes[0].id = 'fe 1'))),
    'nodes[0].id',
    'must be 1–64 characters of A–Z, a–z, 0–9, _ and -',
    { id: 'parse.badId', params: {} },
  ],
  [
    'a duplicate id',
    parse(mutate((r) => (r.nodes[0].id = 'hq'))),
    'nodes[0].id',
    'id "hq" is already used by sites[0]; ids must be unique',
    { id: 'parse.duplicateId', params: { id: 'hq', owner: 'sites[0]' } },
  ],
  ['a dangling reference', parse(mutate((r) => (r.trunks[0].peerId = 'gw9'))), 'trunks[0].peerId', 'no node "gw9"', { id: 'parse.noNode', params: { id: 'gw9' } }],
  ['a node in a missing site', parse(mutate((r) => (r.nodes[1].siteId = 'nowhere'))), 'nodes[1].siteId', 'no site "nowhere"', { id: 'parse.noSite', params: { id: 'nowhere' } }],
  [
    'a routing test naming a missing dial plan',
    parse(mutate((r) => r.routingTests.push({ id: 'rt1', name: 'x', dialedNumber: '1', dialPlanId: 'dp9', voicePolicyId: 'vp-global', expect: {} }))),
    'routingTests[0].dialPlanId',
    'no dial plan "dp9"',
    { id: 'parse.noElement', params: { kind: { term: 'element.dialPlan' }, id: 'dp9' } },
  ],
  [
    'a voice policy named where a dial plan is expected',
    parse(mutate((r) => r.routingTests.push({ id: 'rt1', name: 'x', dialedNumber: '1', dialPlanId: 'vp-global', voicePolicyId: 'vp-global', expect: {} }))),
    'routingTests[0].dialPlanId',
    '"vp-global" is a voice policy, not a dial plan',
    { id: 'parse.wrongElement', params: { kind: { term: 'element.dialPlan' }, actual: { term: 'element.voicePolicy' }, id: 'vp-global' } },
  ],
  [
    'a branch without its central site',
    parse(mutate((r) => r.sites.push({ id: 'b', name: 'B', kind: 'branch' }))),
    'sites[1].centralSiteId',
    'is missing: a branch site must name its central site',
    { id: 'parse.branchWithoutCentral', params: {} },
  ],
  [
    'a central site naming a parent',
    parse(mutate((r) => (r.sites[0].centralSiteId = 'hq'))),
    'sites[0].centralSiteId',
    'is only for branch sites: a central site has no parent',
    { id: 'parse.centralWithParent', params: {} },
  ],
  ['a flood of problems', () => parse(flood)().slice(100), '$', 'and 200 more problems', { id: 'parse.more', params: { count: 200 } }],
  [
    'a flood past the count limit',
    () => parse(mutate((r) => (r.trunks = Array.from({ length: 2000 }, () => ({ id: 't' })))))().slice(100),
    '$',
    'and at least 900 more problems',
    { id: 'parse.moreAtLeast', params: { count: 900 } },
  ],
  [
    'a key written twice',
    parseText(serializeTopology(validDoc()).replace('"name": "gw01-5067"', '"name": "x", "name": "gw01-5067"')),
    'trunks[0].name',
    '"name" appears twice in this object; a key may appear only once',
    { id: 'parse.duplicateKey', params: { key: 'name' } },
  ],

  ['an empty link', share('#'), '$', 'This share link holds no topology: the part after "#" is empty.', { id: 'link.empty', params: {} }],
  [
    'not a share link',
    share('hello'),
    '$',
    'This is not a Trunkline share link: a share link starts with "t2.".',
    { id: 'link.notALink', params: { prefix: 't2.' } },
  ],
  [
    'a newer link',
    share(`t9.${link.slice(3)}`),
    '$',
    'This link was made by a newer Trunkline (link version 9; this one reads version 2). Open it in an up-to-date Trunkline.',
    { id: 'link.newer', params: { version: 9, supported: 2 } },
  ],
  [
    'a link of version 0',
    share('t0.AAAA'),
    '$',
    'This share link has version 0, which no Trunkline writes; this one reads version 2.',
    { id: 'link.unknownVersion', params: { version: 0, supported: 2 } },
  ],
  [
    'a link with a stray character',
    share('t1.ab%cd'),
    '$',
    'This share link cannot be read: it contains the character "%", which a share link never holds.',
    { id: 'link.badCharacter', params: { character: '"%"' } },
  ],
  [
    'a link of an impossible length',
    share('t1.A'),
    '$',
    'This share link cannot be read: its length is impossible for a share link: part of it is missing or extra.',
    { id: 'link.badLength', params: {} },
  ],
  [
    'a cut link',
    share(link.slice(0, -10)),
    '$',
    'This share link cannot be read: it is incomplete, perhaps cut off when it was copied.',
    { id: 'link.incomplete', params: {} },
  ],
  [
    'a damaged link',
    share(wrapLayout(layout).replace(/^(t1\.)(.)/, (_, head: string, c: string) => head + (c === 'A' ? 'B' : 'A'))),
    '$',
    'This share link cannot be read: it was altered or damaged on the way (its check code does not match); copy the whole link again.',
    { id: 'link.altered', params: {} },
  ],
  ['a link with bytes missing', share(wrapLayout(layout.slice(0, -1))), '$', 'This share link cannot be read: its contents end too early.', { id: 'link.endsEarly', params: {} }],
  [
    'a link with bytes to spare',
    share(wrapLayout(new Uint8Array([...layout, 0]))),
    '$',
    'This share link cannot be read: it holds more data than a topology.',
    { id: 'link.extraData', params: {} },
  ],
  [
    'a link claiming 2,000 sites',
    share(wrapLayout(new Uint8Array([0, 0, 1, 0x78, 0xd0, 0x0f]))),
    '$',
    'This share link cannot be read: it claims 2,000 sites; a topology may hold 1,000 at most.',
    { id: 'link.claims', params: { claimed: 2000, items: { term: 'items.sites' }, limit: 1000 } },
  ],
  [
    'a link holding a bad id',
    share(encodeShareLink({ ...validDoc(), nodes: [{ ...validDoc().nodes[0]!, id: 'not an id!' }, validDoc().nodes[1]!], trunks: [] })),
    'nodes[0].id',
    'must be 1–64 characters of A–Z, a–z, 0–9, _ and -',
    { id: 'parse.badId', params: {} },
  ],
];

describe('problem keys', () => {
  it.each(CASES)('keys %s', (_name, problems, path, message, key) => {
    const all = problems();
    const found = all.find((p) => p.path === path);
    expect(found, JSON.stringify(all)).toBeDefined();
    const english = formatProblem(found!).slice(found!.path.length + 2);
    if (typeof message === 'string') expect(english).toBe(message);
    else expect(english).toMatch(message);
    expect({ id: found!.messageId, params: found!.params }).toEqual(key);
    for (const problem of all) expect(keyDefects(problem)).toEqual([]);
  });

  it('keys every problem of a flood, and only with declared ids and params', () => {
    const problems = parse(flood)();
    expect(problems).toHaveLength(101);
    expect(problems.flatMap(keyDefects)).toEqual([]);
  });

  it('declares ids and terms with params that are words', () => {
    for (const table of [PROBLEM_MESSAGES, PROBLEM_TERMS]) {
      for (const [id, template] of Object.entries(table)) {
        expect(id).toMatch(/^[a-z]+\.[A-Za-z]+$/);
        for (const param of templateParams(template)) expect(param).toMatch(/^[a-z][A-Za-z]*$/);
      }
    }
  });

  it('keys a gap in the chain of migrations', () => {
    const result = migrate({}, 1, 3, { 1: (d) => d });
    expect(!result.ok && formatProblem({ path: '$', ...result.problem })).toBe('$: no migration from version 2 to 3');
    expect(!result.ok && result.problem).toEqual({ messageId: 'parse.noMigration', params: { from: 2, to: 3 } });
  });

  it('reaches every parse problem that a document can cause', () => {
    const reached = new Set<string>([...CASES.map(([, , , , key]) => key.id), 'parse.noMigration']);
    // Only a defect of the parser, or a zod check the schema does not use, can reach these.
    const unreachable: ProblemId[] = ['parse.unreadable', 'parse.invalid', 'parse.mustBe'];
    const missed = Object.keys(PROBLEM_MESSAGES).filter((id) => id.startsWith('parse.') && !reached.has(id));
    expect(missed.sort()).toEqual([...unreachable].sort());
  });
});
