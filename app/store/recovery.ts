// Recovery copies: designs set aside so that nothing the user made is lost — the design a share link
// replaced, a saved design that could not be read, a tab's design that another tab saved over. A short
// list, newest first, with dates, under one localStorage key. Writers say whether the copy was kept.

export const RECOVERY_KEY = 'trunkline.recovery.v1';
/** How many copies are kept; the oldest goes first. */
export const RECOVERY_LIMIT = 5;
/** Single slots of earlier versions, read once into the list. */
const LEGACY_KEYS = [
  ['trunkline.autosave.beforeLink', 'beforeLink'],
  ['trunkline.autosave.unreadable', 'unreadable'],
] as const;

export type RecoveryReason = 'beforeLink' | 'unreadable' | 'otherTab';

export interface RecoveryCopy {
  id: string;
  reason: RecoveryReason;
  /** ISO date and time; empty for a copy moved over from an earlier version, whose date is unknown. */
  savedAt: string;
  /** The design's name when the text is JSON with one, for the list. */
  name: string | null;
  text: string;
}

export type KeepResult = { kept: true } | { kept: false; why: 'full' | 'denied' };

const REASONS: readonly string[] = ['beforeLink', 'unreadable', 'otherTab'];

function isCopy(value: unknown): value is RecoveryCopy {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return typeof c.id === 'string' && typeof c.reason === 'string' && REASONS.includes(c.reason) && typeof c.savedAt === 'string' && (c.name === null || typeof c.name === 'string') && typeof c.text === 'string';
}

/** The list as stored; anything unreadable in it is skipped (it is localStorage: untrusted). */
function readList(storage: Storage): RecoveryCopy[] {
  try {
    const text = storage.getItem(RECOVERY_KEY);
    if (text === null) return [];
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isCopy).slice(0, RECOVERY_LIMIT) : [];
  } catch {
    return [];
  }
}

function nameOf(text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    const name = typeof parsed === 'object' && parsed !== null ? (parsed as { name?: unknown }).name : undefined;
    return typeof name === 'string' ? name.slice(0, 200) : null;
  } catch {
    return null;
  }
}

function whyFailed(error: unknown): 'full' | 'denied' {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22) ? 'full' : 'denied';
}

let sequence = 0;

/** The copies, newest first. Copies left in the single slots of earlier versions join the list first. */
export function listCopies(storage: Storage): RecoveryCopy[] {
  let list = readList(storage);
  try {
    for (const [key, reason] of LEGACY_KEYS) {
      const text = storage.getItem(key);
      if (text === null) continue;
      if (!list.some((c) => c.text === text)) list = [...list, { id: `legacy-${reason}`, reason, savedAt: '', name: nameOf(text), text }];
      storage.setItem(RECOVERY_KEY, JSON.stringify(list.slice(0, RECOVERY_LIMIT)));
      storage.removeItem(key);
    }
  } catch {
    // Storage refused: the old slots stay where they are, nothing is lost.
  }
  return list;
}

/**
 * Keeps `text` as a copy, newest first. A copy with the same `id` is replaced (one tab's design while
 * another tab saves); a text already kept is not kept twice. Says whether it was kept.
 */
export function keepCopy(storage: Storage, reason: RecoveryReason, text: string, options: { id?: string; now?: Date } = {}): KeepResult {
  const id = options.id ?? `${Date.now().toString(36)}-${(++sequence).toString(36)}`;
  const list = listCopies(storage).filter((c) => c.id !== id);
  if (list.some((c) => c.text === text)) return { kept: true };
  const copy: RecoveryCopy = { id, reason, savedAt: (options.now ?? new Date()).toISOString(), name: nameOf(text), text };
  try {
    storage.setItem(RECOVERY_KEY, JSON.stringify([copy, ...list].slice(0, RECOVERY_LIMIT)));
    return { kept: true };
  } catch (error) {
    return { kept: false, why: whyFailed(error) };
  }
}
