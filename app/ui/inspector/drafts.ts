// What the user types in the inspector's fields, read into document values. Pure, so that it can be
// tested without a browser. A draft that does not parse never reaches the document: its error is shown
// next to the field instead (an i18n key under inspector.invalid, with its parameters).
import { LIMITS } from '../../domain/limits.ts';

export interface FieldError {
  /** A key of the message catalogue, e.g. "inspector.invalid.port". */
  key: string;
  params?: Record<string, number>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: FieldError };

export const MIN_PORT = LIMITS.portMin;
export const MAX_PORT = LIMITS.portMax;

/** format.md: names of sites and trunks, and node labels. */
export const NAME_MAX = LIMITS.nameChars;
export const LABEL_MAX = LIMITS.labelChars;
export const DESIGN_NAME_MAX = LIMITS.designNameChars;
export const HOST_MAX = LIMITS.hostChars;
export const SERVERS_MAX = LIMITS.serversPerNode;

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

function fail(key: string, params?: Record<string, number>): Parsed<never> {
  return { ok: false, error: params ? { key: `inspector.invalid.${key}`, params } : { key: `inspector.invalid.${key}` } };
}

const INTEGER = /^[+-]?\d+$/;

/** A whole number in decimal digits, with an optional sign and surrounding spaces; nothing else ("1e3", "5.0", "0x10" are refused). */
export function parseInteger(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!INTEGER.test(trimmed)) return fail('integer');
  const value = Number(trimmed);
  if (!Number.isSafeInteger(value)) return fail('tooLarge');
  // "-0" is 0.
  return ok(value === 0 ? 0 : value);
}

/** A listening port, 1–65535. Whatever is wrong with the draft, the advice is the same. */
export function parsePort(text: string): Parsed<number> {
  const parsed = parseInteger(text);
  if (!parsed.ok || parsed.value < MIN_PORT || parsed.value > MAX_PORT) return fail('port');
  return parsed;
}

/** Peak concurrent calls: an integer ≥ 0, or empty for "not given" (the key is left out). */
export function parsePeakCalls(text: string): Parsed<number | undefined> {
  if (text.trim() === '') return ok(undefined);
  const parsed = parseInteger(text);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return fail('notNegative');
  return parsed;
}

export interface TextRule {
  /** Refuse an empty (or blank) text. */
  required: boolean;
  max: number;
}

/** A text kept as typed; only its presence and length are checked (the rules judge FQDNs and addresses). */
export function parseText(text: string, rule: TextRule): Parsed<string> {
  if (rule.required && text.trim() === '') return fail('required');
  if (text.length > rule.max) return fail('tooLong', { max: rule.max });
  return ok(text);
}

/** A node label, 0–100 characters; a blank label is no label (the key is removed). */
export function parseLabel(text: string): Parsed<string> {
  if (text.trim() === '') return ok('');
  return parseText(text, { required: false, max: LABEL_MAX });
}

/** Member servers, one FQDN a line: blank lines and surrounding spaces are dropped; at least one server. */
export function parseServers(text: string): Parsed<string[]> {
  const servers = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (servers.length === 0) return fail('servers');
  if (servers.length > SERVERS_MAX) return fail('tooMany', { max: SERVERS_MAX });
  if (servers.some((s) => s.length > HOST_MAX)) return fail('tooLong', { max: HOST_MAX });
  return ok(servers);
}

export function serversText(servers: readonly string[]): string {
  return servers.join('\n');
}

export function integerText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
