// The one parser for everything that enters the app as data: an imported file, a share link,
// the autosave record, the command-line validator's input. It never throws and never returns
// a partial document: either the whole topology with defaults filled, or problems with JSON paths.
import type * as z from 'zod/mini';
import type { Message, TermRef } from './diagnostic.ts';
import { lendIds } from './idIndex.ts';
import { TextTable, type TextPositions } from './textTable.ts';
import { duplicateKeys, forInSeesOwnKeys } from './jsonKeys.ts';
import { LIMITS } from './limits.ts';
import { FORMAT, SCHEMA_VERSION, type Topology, type TopologyV1 } from './model.ts';
import { migrate1to2 } from './migrate1to2.ts';
import { FIRST_SCHEMA_VERSION, migrate } from './migrations.ts';
import { usedIds } from './defaults.ts';
import { addMissingGlobals } from './routing/defaults.ts';
import { type Problem, type ProblemId, type ProblemParams, problem, term } from './problems.ts';
import { COLLECTION_SCHEMAS, COLLECTION_SCHEMAS_V1, ID_PATTERN, topologyShellSchema, topologyShellSchemaV1 } from './schema.ts';
import { fastPath, NOT_SURE } from './schemaFastPath.ts';

export type { Problem } from './problems.ts';

export type ParseResult =
  | { ok: true; doc: Topology; /** the version the document was written in, when it was migrated */ migratedFrom?: number }
  | { ok: false; problems: Problem[] };

/** Beyond this many, problems are summarised: a broken file should not produce a wall of text. */
export const MAX_PROBLEMS = 100;
/**
 * Past the first MAX_PROBLEMS, problems are only counted, and only up to this many in all: then the
 * parser stops looking and says that at least so many more exist. A 10 MB file can hold millions of
 * faults; building (or even finding) them all would cost gigabytes and tell the user nothing more.
 */
export const COUNT_LIMIT = 1_000;
/** Values the document supplies (ids, keys, engine messages) are echoed at most this long. */
export const ECHO_CHARS = 200;

type PathItem = string | number;

/** A value from the document, cut to ECHO_CHARS characters with an ellipsis: a 5 MB id must not make a 5 MB message. */
export function clip(text: string): string {
  if (text.length <= ECHO_CHARS) return text;
  // Do not split a surrogate pair.
  const last = text.charCodeAt(ECHO_CHARS - 1);
  const end = last >= 0xd800 && last < 0xdc00 ? ECHO_CHARS - 1 : ECHO_CHARS;
  return `${text.slice(0, end)}…`;
}

export function formatPath(path: readonly PathItem[]): string {
  if (path.length === 0) return '$';
  let out = '';
  for (const item of path) {
    if (typeof item === 'number') out += `[${item}]`;
    else if (item.length <= ECHO_CHARS && /^[A-Za-z_$][\w$]*$/.test(item)) out += out === '' ? item : `.${item}`;
    else out += `[${JSON.stringify(clip(item))}]`;
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

/** Problems as the parser finds them: the first MAX_PROBLEMS in full, then only counted, up to COUNT_LIMIT. */
class ProblemList {
  readonly shown: Problem[] = [];
  private more = 0;

  /** Whether looking for more problems still changes what the user is told. */
  get open(): boolean {
    return this.shown.length + this.more < COUNT_LIMIT;
  }

  get empty(): boolean {
    return this.shown.length === 0;
  }

  /** Reports one problem; `build` runs only while problems are still shown in full. */
  report(build: () => Problem): void {
    if (this.shown.length < MAX_PROBLEMS) this.shown.push(build());
    else if (this.open) this.more++;
  }

  /** Reports `count` problems, the i-th built by `build(i)` while there is room. */
  reportEach(count: number, build: (i: number) => Problem): void {
    let i = 0;
    for (; i < count && this.shown.length < MAX_PROBLEMS; i++) this.shown.push(build(i));
    this.more = Math.min(this.more + count - i, COUNT_LIMIT - this.shown.length);
  }

  /** The problems to show, with a last line for those beyond MAX_PROBLEMS. */
  list(): Problem[] {
    const rest = this.more;
    if (rest === 0) return this.shown;
    const summary = this.open
      ? problem('$', 'parse.more', { count: rest })
      : problem('$', 'parse.moreAtLeast', { count: rest });
    return [...this.shown, summary];
  }
}

const BYTE_ORDER_MARK = 0xfeff;

export function parseTopologyText(input: string): ParseResult {
  if (typeof input !== 'string') return refuse([], 'parse.notText', {});
  // JSON lets a parser ignore a leading byte-order mark (RFC 8259, 8.1), and editors on Windows write one.
  // A browser's text decoding drops it already, Node's file reading keeps it: drop it here, for both.
  const text = input.charCodeAt(0) === BYTE_ORDER_MARK ? input.slice(1) : input;
  if (text.length > LIMITS.textChars) {
    const size = Math.ceil(text.length / 1048576);
    return refuse([], 'parse.textTooLarge', { size, max: LIMITS.textChars / 1048576 });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = clip(error instanceof Error ? error.message : String(error));
    return refuse([], 'parse.notJson', { detail });
  }
  // JSON.parse keeps the last of two equal keys of an object. The format refuses unknown keys so that a
  // typo cannot pass; a key written twice, one of them silently dropped, must not pass either.
  const duplicates = duplicateKeys(text, value, COUNT_LIMIT);
  if (duplicates.length > 0) {
    const found = new ProblemList();
    for (const { path, key } of duplicates) {
      found.report(() =>
        problem(formatPath(path), 'parse.duplicateKey', { key: clip(key) }),
      );
    }
    return { ok: false, problems: found.list() };
  }
  // The value is this parser's own (JSON.parse just made it), so the document may be built of its parts
  // (unless a library put enumerable keys on Object.prototype, which for…in over the parts would see).
  return readValue(value, forInSeesOwnKeys());
}

export function parseTopology(value: unknown): ParseResult {
  return readValue(value, false);
}

/** `owned`: nobody else holds `value`, so the fast path may return its parts rather than copies of them. */
function readValue(value: unknown, owned: boolean): ParseResult {
  try {
    return parseValue(value, owned);
  } catch (error) {
    // Defence in depth: nothing above should throw, but a parser that throws would crash its caller.
    const detail = clip(error instanceof Error ? error.message : 'unknown error');
    return refuse([], 'parse.unreadable', { detail });
  }
}

function parseValue(value: unknown, owned: boolean): ParseResult {
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
  if (version > SCHEMA_VERSION || version < FIRST_SCHEMA_VERSION) {
    // Says which versions this Trunkline reads.
    const refused = migrate(value, version);
    if (!refused.ok) return refuseWith(['schemaVersion'], refused.problem);
  }
  if (version === 1) {
    // A format-1 document is read as format 1 (its problems name format-1 paths), then migrated.
    const read = readDocument(value, topologyShellSchemaV1, COLLECTION_SCHEMAS_V1, owned);
    if (!read.ok) return read;
    return { ok: true, doc: migrate1to2(read.doc as TopologyV1), migratedFrom: 1 };
  }
  const read = readDocument(value, topologyShellSchema, COLLECTION_SCHEMAS, owned);
  if (!read.ok) return read;
  const doc = read.doc as Topology;
  const checked = COLLECTIONS.map((name) => doc[name]);
  addMissingGlobals(doc, () => usedIds(doc));
  // The map of every id serves the document's lookups by id (idIndex.ts), so that validating a document
  // just read builds no map of its nodes or trunks again; only for the lists the map saw (a global object
  // added in front makes a new list).
  COLLECTIONS.forEach((name, c) => {
    if (doc[name] === checked[c]) lendIds(doc[name], read.owner, SLOT_BITS, c);
  });
  return { ok: true, doc };
}

type Collections = Readonly<Record<string, z.ZodMiniType>>;

/** Reads a document of one version: its envelope, then each collection an element at a time, then ids and references. */
function readDocument(raw: Record<string, unknown>, shellSchema: z.ZodMiniType<Record<string, unknown>>, collections: Collections, owned: boolean): { ok: true; doc: Record<string, unknown>; owner: IdOwners } | { ok: false; problems: Problem[] } {
  for (const key of Object.keys(collections)) {
    const list = raw[key];
    const limit = LIMITS[key as keyof typeof LIMITS];
    if (Array.isArray(list) && list.length > limit) {
      return { ok: false, problems: [problem(key, 'parse.tooMany', { entries: list.length, limit })] };
    }
  }

  const found = new ProblemList();
  const shell = safeParse(shellSchema, raw, owned);
  const shellIssues = shell.success ? [] : shell.error.issues;
  // The shell's issues come in the order of its keys, then unknown keys. Each collection's elements are
  // checked where one whole pass would check them, so the problems keep that order.
  let next = 0;
  const describeUpTo = (key: string) => {
    while (next < shellIssues.length && shellIssues[next]!.path[0] === key) describeIssue(shellIssues[next++]!, [], raw, found);
  };
  for (const key of ['format', 'schemaVersion', 'name', 'settings']) describeUpTo(key);
  const checked: Record<string, unknown[]> = {};
  for (const [key, schema] of Object.entries(collections)) {
    describeUpTo(key);
    checked[key] = checkEach(schema, key, raw[key], found, owned);
  }
  while (next < shellIssues.length && found.open) describeIssue(shellIssues[next++]!, [], raw, found);
  if (!shell.success || !found.empty) return { ok: false, problems: found.list() };

  // The envelope and every element passed this version's schemas: put together, they are its document.
  const doc = normalise({ ...shell.data, ...checked } as unknown as Topology);
  const owner = checkIdsAndReferences(doc, found);
  if (!found.empty) return { ok: false, problems: found.list() };
  return { ok: true, doc: doc as unknown as Record<string, unknown>, owner };
}

/**
 * Checks a collection one element at a time, so that no zod call gathers more issues than one element can
 * have (without its compiled fast path, as under the page's CSP, zod spreads a key's issues into one call,
 * and tens of thousands overflow the stack), and so that the check stops once enough problems are known.
 */
function checkEach<T>(schema: z.ZodMiniType<T>, key: string, list: unknown, found: ProblemList, owned: boolean): T[] {
  if (!Array.isArray(list)) return [];
  const fast = fastPath(schema);
  // While every element checked is the list's own (an owned list whose elements need no copy), the list
  // itself is the output: no second array of 10,000 elements. A copy starts at the first element that differs.
  let out: T[] | null = owned ? null : [];
  for (let i = 0; i < list.length && found.open; i++) {
    const element: unknown = list[i];
    const clean = fast === null ? NOT_SURE : fast(element, owned);
    if (clean !== NOT_SURE) {
      if (out === null && clean === element) continue;
      (out ??= list.slice(0, i) as T[]).push(clean as T);
      continue;
    }
    const result = schema.safeParse(element);
    if (result.success) (out ??= list.slice(0, i) as T[]).push(result.data);
    else for (const issue of result.error.issues) describeIssue(issue, [key, i], element, found);
  }
  return out ?? (list as T[]);
}

/** zod's verdict, by the fast path when it vouches for the value (the value zod would give), else by zod. */
function safeParse<T>(schema: z.ZodMiniType<T>, value: unknown, owned: boolean): ReturnType<z.ZodMiniType<T>['safeParse']> {
  const fast = fastPath(schema);
  const clean = fast === null ? NOT_SURE : fast(value, owned);
  return clean === NOT_SURE ? schema.safeParse(value) : { success: true, data: clean as T };
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

/** Collections whose elements have ids, which share one id space (format-2.md). */
const COLLECTIONS = ['sites', 'nodes', 'trunks', 'trunkConfigurations', 'voiceRoutes', 'voicePolicies', 'dialPlans', 'routingTests'] as const;
type Collection = (typeof COLLECTIONS)[number];
/** Bits of a packed position that say its collection (eight collections). */
const SLOT_BITS = 3;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const SITE = 0;
const NODE = 1;
const TRUNK = 2;
const DIAL_PLAN = COLLECTIONS.indexOf('dialPlans');
const VOICE_POLICY = COLLECTIONS.indexOf('voicePolicies');
/** What each collection's elements are called in a problem about a reference. */
const NOUNS: Record<Collection, TermRef> = {
  sites: term('element.site'), nodes: term('element.node'), trunks: term('element.trunk'),
  trunkConfigurations: term('element.trunkConfiguration'), voiceRoutes: term('element.voiceRoute'),
  voicePolicies: term('element.voicePolicy'), dialPlans: term('element.dialPlan'), routingTests: term('element.routingTest'),
};

/** A document of either version, as far as ids and references go. */
type Referencing = Pick<Topology, 'sites' | 'nodes'> & { trunks: readonly { id: string; mediationId: string; peerId: string }[] } & Partial<Omit<Topology, 'sites' | 'nodes' | 'trunks'>>;

/** Where each id stands, packed as index << SLOT_BITS | collection (-1: nowhere). */
type IdOwners = TextPositions;

function checkIdsAndReferences(doc: Referencing, found: ProblemList): IdOwners {
  // One table from id to where it stands (IdOwners): this pass runs over every id of documents of 10,000
  // nodes, so it builds no strings unless there is a problem to tell, and no Map.
  const lists = COLLECTIONS.map((name) => (doc[name] ?? []) as readonly { id: string }[]);
  const ids = lists.reduce((sum, list) => sum + list.length, 0);
  // A packed position says its element, and so its id: the table stores no texts.
  const owner = new TextTable(ids, (at) => lists[at & SLOT_MASK]![at >>> SLOT_BITS]!.id);
  for (let c = 0; c < COLLECTIONS.length; c++) {
    const name = COLLECTIONS[c]!;
    const list = lists[c]!;
    for (let i = 0; i < list.length && found.open; i++) {
      const id = list[i]!.id;
      if (!ID_PATTERN.test(id)) {
        found.report(() => problem(formatPath([name, i, 'id']), 'parse.badId', {}));
        continue;
      }
      const first = owner.add(id, (i << SLOT_BITS) | c);
      if (first >= 0) {
        const holder = `${COLLECTIONS[first & SLOT_MASK]}[${first >>> SLOT_BITS}]`;
        found.report(() => problem(formatPath([name, i, 'id']), 'parse.duplicateId', { id, owner: holder }));
      }
    }
  }
  /** Whether a packed position stands in `collection`. */
  const within = (at: number, collection: number) => at >= 0 && (at & SLOT_MASK) === collection;
  const is = (collection: number) => (id: string) => within(owner.get(id), collection);
  const isSite = is(SITE);
  const isNode = is(NODE);
  const isTrunk = is(TRUNK);

  // A duplicate id passed ID_PATTERN, so it is short; a reference is not held to the pattern, so it is cut.
  const missing = (kind: 'site' | 'node', id: string, path: PathItem[]) =>
    found.report(() => problem(formatPath(path), kind === 'site' ? 'parse.noSite' : 'parse.noNode', { id: clip(id) }));
  /** A reference to an element of `collection`: refused when it names nothing, or an element of another collection. */
  const reference = (collection: number, id: string, path: PathItem[]) => {
    const at = owner.get(id);
    if (within(at, collection)) return;
    const expected = NOUNS[COLLECTIONS[collection]!];
    found.report(() =>
      at < 0
        ? problem(formatPath(path), 'parse.noElement', { kind: expected, id: clip(id) })
        : problem(formatPath(path), 'parse.wrongElement', { kind: expected, actual: NOUNS[COLLECTIONS[at & SLOT_MASK]!], id: clip(id) }),
    );
  };
  for (let i = 0; i < doc.sites.length && found.open; i++) {
    const site = doc.sites[i]!;
    if (site.kind === 'branch') {
      if (site.centralSiteId === undefined) {
        found.report(() => problem(formatPath(['sites', i, 'centralSiteId']), 'parse.branchWithoutCentral', {}));
      } else if (!isSite(site.centralSiteId)) missing('site', site.centralSiteId, ['sites', i, 'centralSiteId']);
    } else if (site.centralSiteId !== undefined) {
      found.report(() => problem(formatPath(['sites', i, 'centralSiteId']), 'parse.centralWithParent', {}));
    }
  }
  for (let i = 0; i < doc.nodes.length && found.open; i++) {
    const node = doc.nodes[i]!;
    if (!isSite(node.siteId)) missing('site', node.siteId, ['nodes', i, 'siteId']);
    if (node.kind === 'mediationPool' && node.nextHopId !== null && !isNode(node.nextHopId)) missing('node', node.nextHopId, ['nodes', i, 'nextHopId']);
  }
  for (let i = 0; i < doc.trunks.length && found.open; i++) {
    const trunk = doc.trunks[i]!;
    if (!isNode(trunk.mediationId)) missing('node', trunk.mediationId, ['trunks', i, 'mediationId']);
    if (!isNode(trunk.peerId)) missing('node', trunk.peerId, ['trunks', i, 'peerId']);
  }
  const scoped = (key: 'trunkConfigurations' | 'voicePolicies' | 'dialPlans') => {
    const list = doc[key] ?? [];
    for (let i = 0; i < list.length && found.open; i++) {
      const scope = list[i]!.scope;
      const path = [key, i, 'scope'];
      if (scope.kind === 'site') reference(SITE, scope.siteId, [...path, 'siteId']);
      else if (scope.kind === 'trunk') reference(TRUNK, scope.trunkId, [...path, 'trunkId']);
      else if (scope.kind === 'pool') reference(NODE, scope.poolId, [...path, 'poolId']);
    }
  };
  scoped('trunkConfigurations');
  scoped('voicePolicies');
  scoped('dialPlans');
  const routes = doc.voiceRoutes ?? [];
  for (let i = 0; i < routes.length && found.open; i++) {
    const ids = routes[i]!.trunkIds;
    for (let j = 0; j < ids.length && found.open; j++) if (!isTrunk(ids[j]!)) reference(TRUNK, ids[j]!, ['voiceRoutes', i, 'trunkIds', j]);
  }
  const tests = doc.routingTests ?? [];
  for (let i = 0; i < tests.length && found.open; i++) {
    reference(DIAL_PLAN, tests[i]!.dialPlanId, ['routingTests', i, 'dialPlanId']);
    reference(VOICE_POLICY, tests[i]!.voicePolicyId, ['routingTests', i, 'voicePolicyId']);
  }
  return owner;
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

/** Reports one zod issue; `at` is where `base` stands in the document, and the issue's path is relative to it. */
function describeIssue(issue: z.core.$ZodIssue, at: readonly PathItem[], base: unknown, found: ProblemList): void {
  const relative = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    found.reportEach(keys.length, (i) =>
      problem(formatPath([...at, ...relative, keys[i]!]), 'parse.unknownKey', {
        key: clip(keys[i]!),
      }),
    );
    return;
  }
  found.report(() => describeOne(issue, formatPath([...at, ...relative]), base));
}

function describeOne(issue: Exclude<z.core.$ZodIssue, z.core.$ZodIssueUnrecognizedKeys>, at: string, root: unknown): Problem {
  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(root, issue.path);
      if (found === undefined && !hasKey(root, issue.path)) return problem(at, 'parse.missing', {});
      const expected = EXPECTED[issue.expected];
      return problem(at, 'parse.wrongType', {
        expected: expected ?? term('type.other', issue.expected),
        found: foundTerm(found),
      });
    }
    case 'invalid_value': {
      const values = quoteList(issue.values);
      return issue.values.length === 1 ? problem(at, 'parse.mustBe', { value: values }) : problem(at, 'parse.oneOf', { values });
    }
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      const found = valueAt(root, issue.path);
      if (Array.isArray(options) && options.length > 0) {
        const values = quoteList(options);
        return problem(at, 'parse.oneOfFound', { values, found: foundTerm(found) });
      }
      return problem(at, 'parse.invalid', { detail: issue.message });
    }
    case 'too_small':
    case 'too_big':
      return describeBound(at, issue);
    default:
      return problem(at, 'parse.invalid', { detail: issue.message });
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
