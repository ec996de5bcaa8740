// The chain of format migrations, version n → n+1, run on every load before validation.
// Only the newest version is ever written. Each past version keeps a frozen fixture under fixtures/.
import type { Message } from './diagnostic.ts';
import { SCHEMA_VERSION } from './model.ts';
import { problemMessage } from './problems.ts';

export type RawDocument = Record<string, unknown>;
export type Migration = (doc: RawDocument) => RawDocument;

/** The oldest version this app can read. */
export const FIRST_SCHEMA_VERSION = 1;

/** MIGRATIONS[n] turns a version-n document into version n+1. Empty while format 1 is the only one. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { ok: true; doc: RawDocument; from: number }
  | { ok: false; problem: Message };

export function migrate(
  doc: RawDocument,
  from: number,
  target: number = SCHEMA_VERSION,
  chain: Readonly<Record<number, Migration>> = MIGRATIONS,
  first: number = FIRST_SCHEMA_VERSION,
): MigrationResult {
  if (from > target) {
    return {
      ok: false,
      problem: problemMessage('parse.newerVersion', { version: from, supported: target }),
    };
  }
  if (from < first) {
    return {
      ok: false,
      problem: problemMessage('parse.notAVersion', { version: from, first }),
    };
  }
  let current = doc;
  for (let version = from; version < target; version++) {
    const step = chain[version];
    if (!step) {
      return {
        ok: false,
        problem: problemMessage('parse.noMigration', { from: version, to: version + 1 }),
      };
    }
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return { ok: true, doc: current, from };
}
