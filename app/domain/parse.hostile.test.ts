// Hostile documents, scaled down from the ones that once froze the app or blew the memory (issue 12):
// the parser stops once it knows enough problems, gives one verdict whatever zod's engine mode, reads a
// byte-order mark the same everywhere, refuses keys written twice, and echoes document strings cut short.
// Times and memory of the full-size inputs are figures of `npm run bench`, not assertions here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { COUNT_LIMIT, ECHO_CHARS, MAX_PROBLEMS, parseTopology, parseTopologyText, type ParseResult, type Problem } from './parse.ts';
import { nodeSchema, trunkSchema } from './schema.ts';
import { serializeTopology } from './serialize.ts';
import { validDoc } from './testing/build.ts';

function problemsOf(result: ParseResult): Problem[] {
  if (result.ok) throw new Error('expected the parser to refuse the document');
  return result.problems;
}

const raw = () => JSON.parse(serializeTopology(validDoc())) as Record<string, unknown>;
const site = { id: 'hq', name: 'HQ', kind: 'central' };
const shell = (parts: Record<string, unknown>) => ({ format: 'trunkline.topology', schemaVersion: 2, name: 'x', sites: [site], nodes: [], trunks: [], ...parts });
const directors = (count: number, servers: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `d${i}`, kind: 'director', siteId: 'hq', fqdn: 'dir.contoso.com', servers: Array<number>(servers).fill(0) }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the parser stops once it knows enough problems', () => {
  it('checks two directors of 500 bad servers, not all 1,000 (10,000 in the full-size file)', () => {
    const checked = vi.spyOn(nodeSchema, 'safeParse');
    const problems = problemsOf(parseTopology(shell({ nodes: directors(1_000, 500) })));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toMatchObject({ path: 'nodes[0].servers[0]', messageId: 'parse.wrongType' });
    expect(problems[MAX_PROBLEMS]).toMatchObject({ messageId: 'parse.moreAtLeast', params: { count: COUNT_LIMIT - MAX_PROBLEMS } });
    expect(checked).toHaveBeenCalledTimes(2);
  });

  it('checks a few of 5,000 empty trunks (50,000 in the full-size file), not all', () => {
    const checked = vi.spyOn(trunkSchema, 'safeParse');
    const problems = problemsOf(parseTopology(shell({ trunks: Array.from({ length: 5_000 }, () => ({})) })));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS]).toMatchObject({ messageId: 'parse.moreAtLeast', params: { count: COUNT_LIMIT - MAX_PROBLEMS } });
    // Eight required keys are missing from each empty trunk: 1,000 problems are known after 125 trunks.
    expect(checked).toHaveBeenCalledTimes(Math.ceil(COUNT_LIMIT / 8));
  });

  it('stops the pass over ids too once enough problems are known', () => {
    const doc = raw();
    doc.trunks = Array.from({ length: 5_000 }, (_, i) => ({ ...(doc.trunks as object[])[0], id: `t${i}`, peerId: 'gone' }));
    const problems = problemsOf(parseTopology(doc));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toMatchObject({ path: 'trunks[0].peerId', messageId: 'parse.noNode', params: { id: 'gone' } });
    expect(problems[MAX_PROBLEMS]!.messageId).toBe('parse.moreAtLeast');
  });

  it('still counts exactly when the count stays under the limit', () => {
    const problems = problemsOf(parseTopology(shell({ nodes: directors(3, 150) })));
    expect(problems[MAX_PROBLEMS]).toMatchObject({ messageId: 'parse.more', params: { count: 350 } });
  });
});

describe('one verdict whatever zod’s engine mode', () => {
  // The page's CSP forbids eval, so the browser runs zod jitless (app/ui/zodJitless.ts); the CLI does not.
  // zod reads the mode when a schema is built, so the jitless parser is a fresh copy of the modules.
  async function jitlessParser(): Promise<typeof parseTopology> {
    z.config({ jitless: true });
    try {
      vi.resetModules();
      return (await import('./parse.ts')).parseTopology;
    } finally {
      z.config({ jitless: false });
      vi.resetModules();
    }
  }

  it('lists the problems of 200,000 faults under one key in both modes, without overflowing the stack', async () => {
    const jitless = await jitlessParser();
    const doc = shell({ nodes: directors(10_000, 20) });
    const compiled = parseTopology(doc);
    expect(jitless(doc)).toEqual(compiled);
    const problems = problemsOf(compiled);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.some((p) => p.messageId === 'parse.unreadable')).toBe(false);
  });

  it('gives the same problems in both modes for documents with faults of every kind', async () => {
    const jitless = await jitlessParser();
    const docs = [
      shell({ nodes: [{ kind: 'nope' }, 5, { kind: 'director' }], extra: 1 }),
      shell({ trunks: Array.from({ length: 300 }, () => ({ transport: 'UDP', root: 'yes', unknown: true })) }),
      { ...raw(), settings: { mediaBypass: 'sometimes' }, sites: 'hq' },
      raw(),
    ];
    for (const doc of docs) expect(jitless(doc)).toEqual(parseTopology(doc));
  });
});

describe('a byte-order mark', () => {
  it('at the start is read as the browser reads it: dropped', () => {
    const text = serializeTopology(validDoc());
    const withMark = parseTopologyText(`\uFEFF${text}`);
    expect(withMark).toEqual(parseTopologyText(text));
    expect(withMark.ok).toBe(true);
  });

  it('anywhere else is not JSON white space', () => {
    expect(problemsOf(parseTopologyText(` \uFEFF${serializeTopology(validDoc())}`))[0]!.messageId).toBe('parse.notJson');
  });
});

describe('keys written twice', () => {
  const text = serializeTopology(validDoc());

  it('are refused with the path of the second', () => {
    const twice = text.replace('"schemaVersion": 2,', '"schemaVersion": 2, "name": "first",');
    expect(problemsOf(parseTopologyText(twice))).toEqual([
      { path: 'name', messageId: 'parse.duplicateKey', params: { key: 'name' } },
    ]);
  });

  it('are found in nested objects and arrays, also when one of them is escaped', () => {
    const twice = text.replace('"tlsPortRange": [', '"sipServerPort": 5070, "tls\\u0050ortRange": [1, 2], "tlsPortRange": [');
    const problems = problemsOf(parseTopologyText(twice));
    expect(problems.map((p) => p.path)).toEqual(['nodes[0].mediation.tlsPortRange', 'nodes[0].mediation.sipServerPort']);
  });

  it('are not confused with keys inside strings', () => {
    const tricky = text.replace('"name": "gw01-5067"', '"name": "a\\", \\"name\\": \\"b"');
    expect(parseTopologyText(tricky).ok).toBe(true);
  });

  it('are counted past the shown problems, as other problems are', () => {
    const many = text.replace('"schemaVersion": 2,', `"schemaVersion": 2, ${'"name": "n", '.repeat(300)}`);
    const problems = problemsOf(parseTopologyText(many));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS]).toMatchObject({ messageId: 'parse.more', params: { count: 200 } });
  });

  it('deep in a hostile nesting overflow nothing, and the value is refused as it would be anyway', () => {
    const depth = 100_000;
    const deep = text.replace('"name": "gw01-5067"', `"name": "gw01-5067", "x": ${'['.repeat(depth)}{"a": 1, "a": 2}${']'.repeat(depth)}`);
    expect(problemsOf(parseTopologyText(deep)).map((p) => p.path)).toEqual(['trunks[0].x']);
  });

  it('are found beside a hostile nesting', () => {
    const depth = 100_000;
    const deep = text.replace('"name": "gw01-5067"', `"x": ${'[{"b": '.repeat(depth)}0${'}]'.repeat(depth)}, "name": "a", "name": "gw01-5067"`);
    expect(problemsOf(parseTopologyText(deep)).map((p) => p.path)).toEqual(['trunks[0].name']);
  });
});

describe('document strings echoed in problems', () => {
  const long = 'k'.repeat(5_000);

  it('cut an unknown key to 200 characters with an ellipsis, in the path and the message', () => {
    const [problem] = problemsOf(parseTopology({ ...raw(), [long]: 1 }));
    const cut = `${'k'.repeat(ECHO_CHARS)}…`;
    expect(problem!.path).toBe(`[${JSON.stringify(cut)}]`);
    expect(problem).toMatchObject({ messageId: 'parse.unknownKey', params: { key: cut } });
  });

  it('cut a dangling reference', () => {
    const doc = raw();
    (doc.trunks as Record<string, unknown>[])[0]!.peerId = long;
    const [problem] = problemsOf(parseTopology(doc));
    expect(problem).toMatchObject({ messageId: 'parse.noNode', params: { id: `${'k'.repeat(ECHO_CHARS)}…` } });
  });

  it('cut a key written twice', () => {
    const text = serializeTopology(validDoc()).replace('"schemaVersion": 2,', `"schemaVersion": 2, "${long}": 1, "${long}": 2,`);
    const [problem] = problemsOf(parseTopologyText(text));
    expect(problem!.params).toEqual({ key: `${'k'.repeat(ECHO_CHARS)}…` });
    expect(problem!.path.length).toBeLessThan(ECHO_CHARS + 10);
  });

  it('never split a character outside the basic plane', () => {
    const [problem] = problemsOf(parseTopology({ ...raw(), [`${'k'.repeat(ECHO_CHARS - 1)}${'😀'.repeat(10)}`]: 1 }));
    expect(problem!.params).toEqual({ key: `${'k'.repeat(ECHO_CHARS - 1)}…` });
  });
});
