// What the user types in the routing workspace's cells, read into document values with the format's limits
// (LIMITS, the schema's ranges). A pattern is judged by the pattern engine (pattern.ts): one that is not valid
// .NET never reaches the design, and the engine's reason is shown under the field. Pure, tested without a browser.
import { LIMITS } from '../../domain/limits.ts';
import { compilePattern } from '../../domain/routing/pattern.ts';
import { parseInteger } from '../inspector/drafts.ts';

export interface CellError {
  /** A key of the ui catalogue, under routing.invalid. */
  key: string;
  params?: Record<string, number>;
  /** A key of the terms namespace, shown as the {{reason}} of the message (a pattern fault). */
  reason?: string;
}

export type CellParsed<T> = { ok: true; value: T } | { ok: false; error: CellError };

const ok = <T>(value: T): CellParsed<T> => ({ ok: true, value });
const fail = (key: string, params?: Record<string, number>, reason?: string): CellParsed<never> => ({
  ok: false,
  error: { key: `routing.invalid.${key}`, ...(params ? { params } : {}), ...(reason ? { reason } : {}) },
});

/** Names of usages, routes, rules and tags: 1–100 characters, not blank. */
export function parseRoutingName(text: string): CellParsed<string> {
  if (text.trim() === '') return fail('required');
  if (text.length > LIMITS.routingNameChars) return fail('tooLong', { max: LIMITS.routingNameChars });
  return ok(text);
}

/** A number pattern: 1–500 characters of valid .NET syntax (an unsupported one is kept: PATTERN_UNSUPPORTED warns). */
export function parsePattern(text: string): CellParsed<string> {
  if (text === '') return fail('required');
  if (text.length > LIMITS.patternChars) return fail('tooLong', { max: LIMITS.patternChars });
  const verdict = compilePattern(text);
  if (verdict.kind === 'invalid') return fail('pattern', undefined, `pattern.${verdict.fault}`);
  return ok(text);
}

/** A translation: 0–500 characters ($n beyond the pattern's groups is TRANSLATION_GROUP_MISSING, a rule). */
export function parseTranslation(text: string): CellParsed<string> {
  if (text.length > LIMITS.patternChars) return fail('tooLong', { max: LIMITS.patternChars });
  return ok(text);
}

function parseRange(text: string, min: number, max: number): CellParsed<number> {
  const parsed = parseInteger(text);
  if (!parsed.ok || parsed.value < min || parsed.value > max) return fail('range', { min, max });
  return parsed;
}

export const parsePriority = (text: string): CellParsed<number> => parseRange(text, 0, LIMITS.priority);
export const parseMaxEarlyDialogs = (text: string): CellParsed<number> => parseRange(text, 1, LIMITS.maxEarlyDialogs);

/** An alternate caller ID: empty is none (null); its form is CALLER_ID_ALTERNATE's to judge. */
export function parseCallerId(text: string): CellParsed<string | null> {
  if (text.trim() === '') return ok(null);
  if (text.length > LIMITS.callerIdChars) return fail('tooLong', { max: LIMITS.callerIdChars });
  return ok(text);
}

/** A dial plan's external access prefix: 1–4 digits (PS New-CsDialPlan). */
export function parseAccessPrefix(text: string): CellParsed<string> {
  return /^[0-9]{1,4}$/.test(text) ? ok(text) : fail('accessPrefix');
}
