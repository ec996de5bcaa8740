// Why a file, a share link or an imported image is refused. The domain writes the English sentence itself
// (the CLI prints it); the key lets the designer put it into the user's language (app/i18n/rules/problems.ts,
// shown through messageText in app/ui/diagnosticText.ts).
import type { MessageKey, MessageParam, TermRef } from './diagnostic.ts';

/** A refused document: where, and why. */
export interface Problem {
  /** JSON path of the offending value, e.g. `trunks[3].peerId`; `$` for the document itself. */
  path: string;
  /** A sentence a person can act on. */
  message: string;
  /** For translation: the sentence's id in PROBLEM_MESSAGES and its params. */
  key?: MessageKey;
}

/**
 * The message ids of the problems parse.ts and migrations.ts (`parse.*`), the share link (`link.*`) and
 * app/io/readImportFile.ts (`import.*`) report, and the names of their params. A `link.*` id of a damaged
 * link stands for the whole sentence, "This share link cannot be read: <what is wrong>.". Params named
 * `count` choose a plural form. `expected`, `found` and `items` are terms (PROBLEM_TERMS); the rest are
 * raw values: numbers, ids, keys, JSON literals, an engine's own error text (`detail`).
 */
export const PROBLEM_MESSAGES = {
  'parse.notText': [],
  'parse.textTooLarge': ['size', 'max'],
  'parse.notJson': ['detail'],
  'parse.unreadable': ['detail'],
  'parse.notObject': ['found'],
  'parse.wrongFormat': ['format'],
  'parse.missing': [],
  'parse.wrongType': ['expected', 'found'],
  'parse.newerVersion': ['version', 'supported'],
  'parse.notAVersion': ['version', 'first'],
  'parse.noMigration': ['from', 'to'],
  'parse.tooMany': ['entries', 'limit'],
  'parse.mustBe': ['value'],
  'parse.oneOf': ['values'],
  'parse.oneOfFound': ['values', 'found'],
  'parse.unknownKey': ['key'],
  'parse.invalid': ['detail'],
  'parse.minLength': ['count'],
  'parse.maxLength': ['count'],
  'parse.minEntries': ['count'],
  'parse.maxEntries': ['count'],
  'parse.numberTooLarge': [],
  'parse.positive': [],
  'parse.min': ['limit'],
  'parse.max': ['limit'],
  'parse.badId': [],
  'parse.duplicateId': ['id', 'owner'],
  'parse.noSite': ['id'],
  'parse.noNode': ['id'],
  'parse.branchWithoutCentral': [],
  'parse.centralWithParent': [],
  'parse.more': ['count'],
  'parse.moreAtLeast': ['count'],
  'parse.duplicateKey': ['key'],

  'link.notText': [],
  'link.tooLong': ['size', 'max'],
  'link.empty': [],
  'link.notALink': ['prefix'],
  'link.newer': ['version', 'supported'],
  'link.unknownVersion': ['version', 'supported'],
  'link.unreadable': ['detail'],
  'link.badCharacter': ['character'],
  'link.badLength': [],
  'link.incomplete': [],
  'link.altered': [],
  'link.endsEarly': [],
  'link.numberTooLarge': [],
  'link.malformedNumber': [],
  'link.malformedText': [],
  'link.claims': ['claimed', 'items', 'limit'],
  'link.expandsTooLarge': ['max'],
  'link.noData': [],
  'link.corrupt': ['detail'],
  'link.malformedSettings': [],
  'link.malformedSite': [],
  'link.malformedNode': [],
  'link.malformedTrunk': [],
  'link.branchWithoutCentral': [],
  'link.trunkWithoutNode': [],
  'link.missingSite': [],
  'link.missingNode': [],
  'link.missingText': [],
  'link.missingDomain': [],
  'link.extraData': [],

  'import.tooLarge': ['size', 'max'],
  'import.noDesign': [],
  'import.unreadable': [],
} as const satisfies Record<string, readonly string[]>;

export type ProblemId = keyof typeof PROBLEM_MESSAGES;

/** Exactly the params PROBLEM_MESSAGES declares for `I`. */
export type ProblemParams<I extends ProblemId> = Record<(typeof PROBLEM_MESSAGES)[I][number], MessageParam>;

/**
 * The words English writes into problem sentences, each with the names of its params: what a value should
 * be (`type.*`, for `expected`), what was found instead (`found.*`, for `found`, quoting the value where
 * English does), and what a share link claims to hold too many of (`items.*`, for `items`).
 */
export const PROBLEM_TERMS = {
  'type.string': [],
  'type.number': [],
  'type.int': [],
  'type.boolean': [],
  'type.object': [],
  'type.array': [],
  'type.null': [],
  'type.other': ['value'],
  'found.null': [],
  'found.list': [],
  'found.text': ['value'],
  'found.number': ['value'],
  'found.nonFinite': [],
  'found.boolean': ['value'],
  'found.object': [],
  'found.nothing': [],
  'found.other': ['value'],
  'items.sites': [],
  'items.nodes': [],
  'items.trunks': [],
  'items.servers': [],
} as const satisfies Record<string, readonly string[]>;

export type ProblemTermId = keyof typeof PROBLEM_TERMS;

/** A term, with a value exactly when PROBLEM_TERMS declares one. */
export function term<T extends ProblemTermId>(id: T, ...value: (typeof PROBLEM_TERMS)[T] extends readonly [] ? [] : [string | number]): TermRef {
  return value.length === 0 ? { term: id } : { term: id, value: value[0] };
}

/** A key whose params are exactly the ones PROBLEM_MESSAGES declares for its id. */
export function problemKey<I extends ProblemId>(id: I, params: ProblemParams<I>): MessageKey {
  return { id, params };
}

/** A problem at `path` (already formatted), with its English message and its key. */
export function problem<I extends ProblemId>(path: string, message: string, id: I, params: ProblemParams<I>): Problem {
  return { path, message, key: { id, params } };
}
