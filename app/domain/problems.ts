// Why a file, a share link or an imported image is refused: PROBLEM_MESSAGES writes each sentence once, in
// English; a problem carries only its message id and params (rendered by app/i18n/render.ts).
import { term as termRef, type Message, type MessageParam, type MessageTemplates, type TermRef } from './diagnostic.ts';

/** A refused document: where, and why. */
export interface Problem extends Message {
  /** JSON path of the offending value, e.g. `trunks[3].peerId`; `$` for the document itself. */
  path: string;
}

const LINK = 'This share link cannot be read:';

/**
 * The problems parse.ts and migrations.ts (`parse.*`), the share link (`link.*`) and app/io/readImportFile.ts
 * (`import.*`) report, in English. parse.* follow a JSON path ("name: must be at least 1 character long"), so
 * they start in lower case; link.* and import.* are whole sentences. `expected`, `found` and `items` are terms
 * (PROBLEM_TERMS), and so are `kind` and `actual` (an element's collection); the rest are raw values: numbers, ids, keys, JSON literals, an engine's own error text (`detail`).
 */
export const PROBLEM_MESSAGES = {
  'parse.notText': 'the input is not text',
  'parse.textTooLarge': 'the text is {{size}} MB; a topology may be {{max}} MB at most',
  'parse.notJson': 'this is not JSON ({{detail}})',
  'parse.unreadable': 'the document could not be read ({{detail}})',
  'parse.notObject': 'expected a JSON object, found {{found}}',
  'parse.wrongFormat': 'must be "{{format}}": this is not a Trunkline topology',
  'parse.missing': 'is missing',
  'parse.wrongType': 'must be {{expected}}, found {{found}}',
  'parse.newerVersion': 'this document is format version {{version}}, but this Trunkline reads version {{supported}} at most: open it in a newer Trunkline',
  'parse.notAVersion': 'version {{version}} is not a Trunkline format version (the first is {{first}})',
  'parse.noMigration': 'no migration from version {{from}} to {{to}}',
  'parse.tooMany': 'holds {{entries}} entries; a topology may hold {{limit, number}} at most',
  'parse.mustBe': 'must be {{value}}',
  'parse.oneOf': 'must be one of {{values}}',
  'parse.oneOfFound': 'must be one of {{values}}, found {{found}}',
  'parse.unknownKey': '"{{key}}" is not a key of this format: check its spelling, or remove it',
  'parse.invalid': '{{detail}}',
  'parse.minLength': { one: 'must be at least {{count}} character long', other: 'must be at least {{count}} characters long' },
  'parse.maxLength': { one: 'must be at most {{count}} characters long', other: 'must be at most {{count}} characters long' },
  'parse.minEntries': { one: 'needs at least {{count}} entry', other: 'needs at least {{count}} entries' },
  'parse.maxEntries': { one: 'may hold at most {{count}} entries', other: 'may hold at most {{count}} entries' },
  'parse.numberTooLarge': 'is too large a number',
  'parse.positive': 'must be greater than 0',
  'parse.min': 'must be at least {{limit, number}}',
  'parse.max': 'must be at most {{limit, number}}',
  'parse.badId': 'must be 1–64 characters of A–Z, a–z, 0–9, _ and -',
  'parse.duplicateId': 'id "{{id}}" is already used by {{owner}}; ids must be unique',
  'parse.noSite': 'no site "{{id}}"',
  'parse.noNode': 'no node "{{id}}"',
  'parse.noElement': 'no {{kind}} "{{id}}"',
  'parse.wrongElement': '"{{id}}" is a {{actual}}, not a {{kind}}',
  'parse.branchWithoutCentral': 'is missing: a branch site must name its central site',
  'parse.centralWithParent': 'is only for branch sites: a central site has no parent',
  'parse.more': { one: 'and {{count}} more problem', other: 'and {{count}} more problems' },
  'parse.moreAtLeast': { one: 'and at least {{count}} more problem', other: 'and at least {{count}} more problems' },
  'parse.duplicateKey': '"{{key}}" appears twice in this object; a key may appear only once',

  'link.notText': 'This share link is not text.',
  'link.tooLong': 'This share link is {{size}} MB long; a share link may be {{max}} MB at most.',
  'link.empty': 'This share link holds no topology: the part after "#" is empty.',
  'link.notALink': 'This is not a Trunkline share link: a share link starts with "{{prefix}}".',
  'link.newer': 'This link was made by a newer Trunkline (link version {{version}}; this one reads version {{supported}}). Open it in an up-to-date Trunkline.',
  'link.unknownVersion': 'This share link has version {{version}}, which no Trunkline writes; this one reads version {{supported}}.',
  'link.unreadable': 'This share link cannot be read ({{detail}}).',
  'link.badCharacter': `${LINK} it contains the character {{character}}, which a share link never holds.`,
  'link.badLength': `${LINK} its length is impossible for a share link: part of it is missing or extra.`,
  'link.incomplete': `${LINK} it is incomplete, perhaps cut off when it was copied.`,
  'link.altered': `${LINK} it was altered or damaged on the way (its check code does not match); copy the whole link again.`,
  'link.endsEarly': `${LINK} its contents end too early.`,
  'link.numberTooLarge': `${LINK} it holds a number that is too large.`,
  'link.malformedNumber': `${LINK} it holds a malformed number.`,
  'link.malformedText': `${LINK} it holds malformed text.`,
  'link.claims': `${LINK} it claims {{claimed, number}} {{items}}; a topology may hold {{limit, number}} at most.`,
  'link.expandsTooLarge': `${LINK} it expands to more than {{max}} MB, the most a topology may hold.`,
  'link.topologyTooLarge': `${LINK} it expands to a topology of more than {{max}} MB, the most a topology may hold.`,
  'link.noData': `${LINK} it holds no data.`,
  'link.corrupt': `${LINK} its compressed data is corrupt ({{detail}}).`,
  'link.malformedSettings': `${LINK} its settings are malformed.`,
  'link.malformedSite': `${LINK} a site is malformed.`,
  'link.malformedNode': `${LINK} a node is malformed.`,
  'link.malformedTrunk': `${LINK} a trunk is malformed.`,
  'link.branchWithoutCentral': `${LINK} a branch site refers to a central site it does not hold.`,
  'link.trunkWithoutNode': `${LINK} a trunk refers to a node it does not hold.`,
  'link.missingSite': `${LINK} it refers to a site it does not hold.`,
  'link.missingNode': `${LINK} it refers to a node it does not hold.`,
  'link.missingText': `${LINK} it refers to a text it does not hold.`,
  'link.missingDomain': `${LINK} it refers to a domain it does not hold.`,
  'link.extraData': `${LINK} it holds more data than a topology.`,

  'import.tooLarge': 'This file is {{size}} MB; Trunkline imports files of {{max}} MB at most.',
  'import.noDesign': 'This image has no Trunkline design in it: only PNG and SVG images exported by Trunkline can be imported.',
  'import.unreadable': 'The file could not be read. It may have been moved or deleted, or it may be damaged; choose it again.',
} as const satisfies MessageTemplates;

export type ProblemId = keyof typeof PROBLEM_MESSAGES;

type Template = (typeof PROBLEM_MESSAGES)[ProblemId];
type Placeholders<T> = T extends `${string}{{${infer Name}}}${infer Rest}` ? (Name extends `${infer Bare},${string}` ? Bare : Name) | Placeholders<Rest> : never;
type ParamNames<T> = T extends string ? Placeholders<T> : T extends { one: infer One; other: infer Other } ? Placeholders<One> | Placeholders<Other> | 'count' : never;

/** Exactly the params the English template of `I` uses. */
export type ProblemParams<I extends ProblemId> = Record<ParamNames<(typeof PROBLEM_MESSAGES)[I]>, MessageParam>;
export type { Template as ProblemTemplate };

/**
 * The words English writes into problem sentences: what a value should be (`type.*`, for `expected`), what
 * was found instead (`found.*`, for `found`, quoting the value where English does), and what a share link
 * claims to hold too many of (`items.*`, for `items`).
 */
export const PROBLEM_TERMS = {
  'type.string': 'text',
  'type.number': 'a number',
  'type.int': 'an integer',
  'type.boolean': 'true or false',
  'type.object': 'an object',
  'type.array': 'a list',
  'type.null': 'null',
  'type.other': '{{value}}',
  'found.null': 'null',
  'found.list': 'a list',
  'found.text': 'the text "{{value}}"',
  'found.number': 'the number {{value}}',
  'found.nonFinite': 'a number that is not finite',
  'found.boolean': '{{value}}',
  'found.object': 'an object',
  'found.nothing': 'nothing',
  'found.other': 'a {{value}}',
  'items.sites': 'sites',
  'items.nodes': 'nodes',
  'items.trunks': 'trunks',
  'items.servers': 'servers in a pool',
  'element.site': 'site',
  'element.node': 'node',
  'element.trunk': 'trunk',
  'element.trunkConfiguration': 'trunk configuration',
  'element.voiceRoute': 'voice route',
  'element.voicePolicy': 'voice policy',
  'element.dialPlan': 'dial plan',
  'element.routingTest': 'routing test',
} as const satisfies MessageTemplates;

export type ProblemTermId = keyof typeof PROBLEM_TERMS;

/** A term of PROBLEM_TERMS, with a value exactly when its English uses one. */
export function term<T extends ProblemTermId>(id: T, ...value: (typeof PROBLEM_TERMS)[T] extends `${string}{{value}}${string}` ? [string | number] : []): TermRef {
  return value.length === 0 ? termRef(id) : termRef(id, { value: value[0]! });
}

/** A message whose params are exactly the ones its English template uses. */
export function problemMessage<I extends ProblemId>(messageId: I, params: ProblemParams<I>): Message {
  return { messageId, params };
}

/** A problem at `path` (already formatted). */
export function problem<I extends ProblemId>(path: string, messageId: I, params: ProblemParams<I>): Problem {
  return { path, messageId, params };
}
