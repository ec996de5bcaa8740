// The one parser for everything that enters the app as data: an imported file, a share link,
// the autosave record, the command-line validator's input. It never throws and never returns
// a partial document: either the whole topology with defaults filled, or problems with JSON paths.
import type { z } from 'zod';
import type { Message, TermRef } from './diagnostic.ts';
import { FORMAT, SCHEMA_VERSION, type Topology } from './model.ts';
import { migrate } from './migrations.ts';
import { type Problem, type ProblemId, type ProblemParams, problem, term } from './problems.ts';
import { ID_PATTERN, LIMITS, topologySchema } from './schema.ts';

export type { Problem } from './problems.ts';

export type ParseResult =
  | { ok: true; doc: Topology; /** the version the document was written in, when it was migrated */ migratedFrom?: number }
  | { ok: false; problems: Problem[] };

/** Beyond this many, problems are summarised: a broken file should not produce a wall of text. */
export const MAX_PROBLEMS = 100;

type PathItem = string | number;

export function formatPath(path: readonly PathItem[]): string {
  if (path.length === 0) return '$';
  let out = '';
  for (const item of path) {
    if (typeof item === 'number') out += `[${item}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(item)) out += out === '' ? item : `.${item}`;
    else out += `[${JSON.stringify(item)}]`;
  }
  return out;
}

function refuse<I extends ProblemId>(path: readonly PathItem[], id: I, params: ProblemParams<I>): ParseResult {
  return { ok: false, problems: [problem(formatPath(path), id, params)] };
}

function refuseWith(path: readonly PathItem[], message: Message): ParseResult {
  return { ok: false, problems: [{ path: formatPath(path), ...message }] };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseTopologyText(text: string): ParseResult {
  if (typeof text !== 'string') return refuse([], 'parse.notText', {});
  if (text.length > LIMITS.textChars) {
    const size = Math.ceil(text.length / 1048576);
    return refuse([], 'parse.textTooLarge', { size, max: LIMITS.textChars / 1048576 });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse([], 'parse.notJson', { detail });
  }
  return parseTopology(value);
}

export function parseTopology(value: unknown): ParseResult {
  try {
    return parseValue(value);
  } catch (error) {
    // Defence in depth: nothing above should throw, but a parser that throws would crash its caller.
    const detail = error instanceof Error ? error.message : 'unknown error';
    return refuse([], 'parse.unreadable', { detail });
  }
}

function parseValue(value: unknown): ParseResult {
  if (!isPlainObject(value)) return refuse([], 'parse.notObject', { found: foundTerm(value) });
  if (value.format !== FORMAT) {
    return refuse(['format'], 'parse.wrongFormat', { format: FORMAT });
  }
  const version = value.schemaVersion;
  if (version === undefined) return refuse(['schemaVersion'], 'parse.missing', {});
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse(['schemaVersion'], 'parse.wrongType', {
      expected: EXPECTED.int!,
      found: foundTerm(version),
    });
  }
  const migrated = migrate(value, version);
  if (!migrated.ok) return refuseWith(['schemaVersion'], migrated.problem);
  const raw = migrated.doc;

  for (const [key, limit] of [
    ['sites', LIMITS.sites],
    ['nodes', LIMITS.nodes],
    ['trunks', LIMITS.trunks],
  ] as const) {
    const list = raw[key];
    if (Array.isArray(list) && list.length > limit) {
      return refuse([key], 'parse.tooMany', {
        entries: list.length,
        limit,
      });
    }
  }

  const result = topologySchema.safeParse(raw);
  if (!result.success) return { ok: false, problems: capProblems(result.error.issues.flatMap((issue) => describeIssue(issue, raw))) };
  const doc = normalise(result.data as Topology);
  const problems = checkIdsAndReferences(doc);
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
  return version === SCHEMA_VERSION ? { ok: true, doc } : { ok: true, doc, migratedFrom: migrated.from };
}

function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), problem('$', 'parse.more', { count: rest })];
}

/** -0 would survive a round trip as 0: fold it now so that parse(serialize(x)) equals x. */
function normalise(doc: Topology): Topology {
  // Objects are replaced only where a -0 occurs: large documents should not pay for a copy.
  const negativeZero = (n: number) => n === 0 && 1 / n < 0;
  const fold = (n: number) => (negativeZero(n) ? 0 : n);
  for (const site of doc.sites) {
    const f = site.frame;
    if (f && (negativeZero(f.x) || negativeZero(f.y))) site.frame = { x: fold(f.x), y: fold(f.y), width: f.width, height: f.height };
  }
  for (const node of doc.nodes) {
    const p = node.position;
    if (p && (negativeZero(p.x) || negativeZero(p.y))) node.position = { x: fold(p.x), y: fold(p.y) };
  }
  return doc;
}

const COLLECTIONS = ['sites', 'nodes', 'trunks'] as const;
const SITE = 0;
const NODE = 1;
const TRUNK = 2;

function checkIdsAndReferences(doc: Topology): Problem[] {
  const problems: Problem[] = [];
  // One map from id to where it stands, packed as index * 4 + collection: this pass runs over every
  // id of documents of 10,000 nodes, so it builds no strings unless there is a problem to tell.
  const owner = new Map<string, number>();
  const claim = (id: string, collection: number, i: number) => {
    const name = COLLECTIONS[collection]!;
    if (!ID_PATTERN.test(id)) {
      problems.push(problem(formatPath([name, i, 'id']), 'parse.badId', {}));
      return;
    }
    const first = owner.get(id);
    if (first === undefined) {
      owner.set(id, i * 4 + collection);
    } else {
      const holder = `${COLLECTIONS[first % 4]}[${Math.floor(first / 4)}]`;
      problems.push(problem(formatPath([name, i, 'id']), 'parse.duplicateId', { id, owner: holder }));
    }
  };
  doc.sites.forEach((site, i) => claim(site.id, SITE, i));
  doc.nodes.forEach((node, i) => claim(node.id, NODE, i));
  doc.trunks.forEach((trunk, i) => claim(trunk.id, TRUNK, i));
  const isSite = (id: string) => (owner.get(id) ?? -1) % 4 === SITE;
  const isNode = (id: string) => (owner.get(id) ?? -1) % 4 === NODE;

  const missing = (kind: 'site' | 'node', id: string, path: PathItem[]) =>
    problems.push(problem(formatPath(path), kind === 'site' ? 'parse.noSite' : 'parse.noNode', { id }));
  doc.sites.forEach((site, i) => {
    if (site.kind === 'branch') {
      if (site.centralSiteId === undefined) {
        problems.push(problem(formatPath(['sites', i, 'centralSiteId']), 'parse.branchWithoutCentral', {}));
      } else if (!isSite(site.centralSiteId)) missing('site', site.centralSiteId, ['sites', i, 'centralSiteId']);
    } else if (site.centralSiteId !== undefined) {
      problems.push(problem(formatPath(['sites', i, 'centralSiteId']), 'parse.centralWithParent', {}));
    }
  });
  doc.nodes.forEach((node, i) => {
    if (!isSite(node.siteId)) missing('site', node.siteId, ['nodes', i, 'siteId']);
    if (node.kind === 'mediationPool' && node.nextHopId !== null && !isNode(node.nextHopId)) missing('node', node.nextHopId, ['nodes', i, 'nextHopId']);
  });
  doc.trunks.forEach((trunk, i) => {
    if (!isNode(trunk.mediationId)) missing('node', trunk.mediationId, ['trunks', i, 'mediationId']);
    if (!isNode(trunk.peerId)) missing('node', trunk.peerId, ['trunks', i, 'peerId']);
  });
  return problems;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

/** How a found value is put into words, as a term: its sort, and the value itself where English quotes it. */
export function foundTerm(value: unknown): TermRef {
  if (value === null) return term('found.null');
  if (Array.isArray(value)) return term('found.list');
  switch (typeof value) {
    case 'string':
      return term('found.text', value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
      return Number.isFinite(value) ? term('found.number', value) : term('found.nonFinite');
    case 'boolean':
      return term('found.boolean', `${value}`);
    case 'object':
      return term('found.object');
    case 'undefined':
      return term('found.nothing');
    default:
      return term('found.other', typeof value);
  }
}

/** What zod expected, as a term. */
const EXPECTED: Record<string, TermRef> = {
  string: term('type.string'),
  number: term('type.number'),
  int: term('type.int'),
  boolean: term('type.boolean'),
  object: term('type.object'),
  array: term('type.array'),
  tuple: term('type.array'),
  null: term('type.null'),
};

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const at = formatPath(path);
  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(root, issue.path);
      if (found === undefined && !hasKey(root, issue.path)) return [problem(at, 'parse.missing', {})];
      const expected = EXPECTED[issue.expected];
      return [
        problem(at, 'parse.wrongType', {
          expected: expected ?? term('type.other', issue.expected),
          found: foundTerm(found),
        }),
      ];
    }
    case 'invalid_value': {
      const values = quoteList(issue.values);
      return [
        issue.values.length === 1
          ? problem(at, 'parse.mustBe', { value: values })
          : problem(at, 'parse.oneOf', { values }),
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        problem(formatPath([...path, key]), 'parse.unknownKey', { key }),
      );
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      const found = valueAt(root, issue.path);
      if (Array.isArray(options) && options.length > 0) {
        const values = quoteList(options);
        return [problem(at, 'parse.oneOfFound', { values, found: foundTerm(found) })];
      }
      return [problem(at, 'parse.invalid', { detail: issue.message })];
    }
    case 'too_small':
    case 'too_big':
      return [describeBound(at, issue)];
    default:
      return [problem(at, 'parse.invalid', { detail: issue.message })];
  }
}

function hasKey(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return true;
  const parent = valueAt(root, path.slice(0, -1));
  return typeof parent === 'object' && parent !== null && Object.prototype.hasOwnProperty.call(parent, path[path.length - 1]!);
}

function describeBound(at: string, issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Problem {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      return small
        ? problem(at, 'parse.minLength', { count: limit })
        : problem(at, 'parse.maxLength', { count: limit });
    case 'array':
    case 'set':
      return small
        ? problem(at, 'parse.minEntries', { count: limit })
        : problem(at, 'parse.maxEntries', { count: limit });
    default:
      if (!small && limit >= Number.MAX_SAFE_INTEGER) return problem(at, 'parse.numberTooLarge', {});
      if (small && !inclusive && limit === 0) return problem(at, 'parse.positive', {});
      return small
        ? problem(at, 'parse.min', { limit })
        : problem(at, 'parse.max', { limit });
  }
}
