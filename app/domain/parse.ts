// The one parser for everything that enters the app as data: an imported file, a share link,
// the autosave record, the command-line validator's input. It never throws and never returns
// a partial document: either the whole topology with defaults filled, or problems with JSON paths.
import type { z } from 'zod';
import { FORMAT, SCHEMA_VERSION, type Topology } from './model.ts';
import { migrate } from './migrations.ts';
import { ID_PATTERN, LIMITS, topologySchema } from './schema.ts';

export interface Problem {
  /** JSON path of the offending value, e.g. `trunks[3].peerId`; `$` for the document itself. */
  path: string;
  /** A sentence a person can act on. */
  message: string;
}

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

export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

function refuse(path: readonly PathItem[], message: string): ParseResult {
  return { ok: false, problems: [{ path: formatPath(path), message }] };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseTopologyText(text: string): ParseResult {
  if (typeof text !== 'string') return refuse([], 'the input is not text');
  if (text.length > LIMITS.textChars) {
    return refuse([], `the text is ${Math.ceil(text.length / 1048576)} MB; a topology may be 10 MB at most`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse([], `this is not JSON (${detail})`);
  }
  return parseTopology(value);
}

export function parseTopology(value: unknown): ParseResult {
  try {
    return parseValue(value);
  } catch (error) {
    // Defence in depth: nothing above should throw, but a parser that throws would crash its caller.
    return refuse([], `the document could not be read (${error instanceof Error ? error.message : 'unknown error'})`);
  }
}

function parseValue(value: unknown): ParseResult {
  if (!isPlainObject(value)) return refuse([], `expected a JSON object, found ${describeValue(value)}`);
  if (value.format !== FORMAT) {
    return refuse(['format'], `must be "${FORMAT}": this is not a Trunkline topology`);
  }
  const version = value.schemaVersion;
  if (version === undefined) return refuse(['schemaVersion'], 'is missing');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse(['schemaVersion'], `must be an integer, found ${describeValue(version)}`);
  }
  const migrated = migrate(value, version);
  if (!migrated.ok) return refuse(['schemaVersion'], migrated.message);
  const raw = migrated.doc;

  for (const [key, limit] of [
    ['sites', LIMITS.sites],
    ['nodes', LIMITS.nodes],
    ['trunks', LIMITS.trunks],
  ] as const) {
    const list = raw[key];
    if (Array.isArray(list) && list.length > limit) {
      return refuse([key], `holds ${list.length} entries; a topology may hold ${limit.toLocaleString('en-US')} at most`);
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
  return [...problems.slice(0, MAX_PROBLEMS), { path: '$', message: `and ${rest} more problem${rest === 1 ? '' : 's'}` }];
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
      problems.push({ path: formatPath([name, i, 'id']), message: 'must be 1–64 characters of A–Z, a–z, 0–9, _ and -' });
      return;
    }
    const first = owner.get(id);
    if (first === undefined) owner.set(id, i * 4 + collection);
    else problems.push({ path: formatPath([name, i, 'id']), message: `id "${id}" is already used by ${COLLECTIONS[first % 4]}[${Math.floor(first / 4)}]; ids must be unique` });
  };
  doc.sites.forEach((site, i) => claim(site.id, SITE, i));
  doc.nodes.forEach((node, i) => claim(node.id, NODE, i));
  doc.trunks.forEach((trunk, i) => claim(trunk.id, TRUNK, i));
  const isSite = (id: string) => (owner.get(id) ?? -1) % 4 === SITE;
  const isNode = (id: string) => (owner.get(id) ?? -1) % 4 === NODE;

  const missing = (kind: 'site' | 'node', id: string, path: PathItem[]) => problems.push({ path: formatPath(path), message: `no ${kind} "${id}"` });
  doc.sites.forEach((site, i) => {
    if (site.kind === 'branch') {
      if (site.centralSiteId === undefined) problems.push({ path: formatPath(['sites', i, 'centralSiteId']), message: 'is missing: a branch site must name its central site' });
      else if (!isSite(site.centralSiteId)) missing('site', site.centralSiteId, ['sites', i, 'centralSiteId']);
    } else if (site.centralSiteId !== undefined) {
      problems.push({ path: formatPath(['sites', i, 'centralSiteId']), message: 'is only for branch sites: a central site has no parent' });
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

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number that is not finite';
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

const TYPE_NOUN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
  null: 'null',
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
      if (found === undefined && !hasKey(root, issue.path)) return [{ path: at, message: 'is missing' }];
      const expected = TYPE_NOUN[issue.expected] ?? issue.expected;
      return [{ path: at, message: `must be ${expected}, found ${describeValue(found)}` }];
    }
    case 'invalid_value':
      return [{ path: at, message: issue.values.length === 1 ? `must be ${quoteList(issue.values)}` : `must be one of ${quoteList(issue.values)}` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: `"${key}" is not a key of this format: check its spelling, or remove it`,
      }));
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      const found = valueAt(root, issue.path);
      if (Array.isArray(options) && options.length > 0) {
        return [{ path: at, message: `must be one of ${quoteList(options)}, found ${describeValue(found)}` }];
      }
      return [{ path: at, message: issue.message }];
    }
    case 'too_small':
    case 'too_big':
      return [{ path: at, message: describeBound(issue) }];
    default:
      return [{ path: at, message: issue.message }];
  }
}

function hasKey(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return true;
  const parent = valueAt(root, path.slice(0, -1));
  return typeof parent === 'object' && parent !== null && Object.prototype.hasOwnProperty.call(parent, path[path.length - 1]!);
}

function describeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      return small ? `must be at least ${limit} character${limit === 1 ? '' : 's'} long` : `must be at most ${limit} characters long`;
    case 'array':
    case 'set':
      return small ? `needs at least ${limit} entr${limit === 1 ? 'y' : 'ies'}` : `may hold at most ${limit} entries`;
    default:
      if (!small && limit >= Number.MAX_SAFE_INTEGER) return 'is too large a number';
      if (small && !inclusive && limit === 0) return 'must be greater than 0';
      return small ? `must be at least ${limit.toLocaleString('en-US')}` : `must be at most ${limit.toLocaleString('en-US')}`;
  }
}
