// A fast path for the parser's zod schemas, built from the schemas themselves (never a second copy of
// the format): a closure per schema node that answers "does zod accept this value, and with what?" for
// the common case of a clean element, several times faster than zod/mini, which has no compiled path
// (and the page's CSP forbids one: no eval here either). Whenever it is not sure, it says NOT_SURE and
// the parser asks zod, which alone words problems. So it never widens what is accepted: it accepts
// only what zod accepts, with the value zod returns (same keys, same order, same defaults).
//
// With `reuse`, for a value the caller owns (what JSON.parse just made, read while Object.prototype holds
// no enumerable key, so that for…in sees its own keys only), a part that zod would copy unchanged (its
// keys in the schema's order, nothing defaulted) is returned itself rather than copied: on a 10,000-node
// document the copies were most of the parse's garbage.
import type * as z from 'zod/mini';

/** The fast path does not vouch for this value: ask zod. */
export const NOT_SURE: unique symbol = Symbol('not sure');
export type FastPath = (value: unknown, reuse: boolean) => unknown;

/** The parts of zod's internals the fast path reads (zod 4's `_zod.def` and traits). */
interface Internals {
  def: {
    type: string;
    checks?: readonly { _zod: Internals }[];
    coerce?: boolean;
    check?: string;
    format?: string;
    minimum?: number;
    maximum?: number;
    value?: unknown;
    inclusive?: boolean;
    pattern?: RegExp;
    shape?: Record<string, { _zod: Internals }>;
    catchall?: { _zod: Internals };
    element?: { _zod: Internals };
    items?: readonly { _zod: Internals }[];
    rest?: unknown;
    innerType?: { _zod: Internals };
    options?: readonly { _zod: Internals }[];
    discriminator?: string;
    unionFallback?: boolean;
    values?: readonly unknown[];
    entries?: Record<string, unknown>;
    defaultValue?: unknown;
  };
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: ReadonlySet<unknown>;
  propValues?: Record<string, ReadonlySet<unknown>>;
  traits: ReadonlySet<string>;
}

type Check = (value: unknown) => boolean;

const built = new WeakMap<object, FastPath | null>();

/** The fast path of `schema`, or null when it uses something the fast path does not model (then zod always runs). */
export function fastPath(schema: z.ZodMiniType): FastPath | null {
  let path = built.get(schema);
  if (path === undefined) {
    path = compile((schema as unknown as { _zod: Internals })._zod);
    built.set(schema, path);
  }
  return path;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compile(zod: Internals): FastPath | null {
  const def = zod.def;
  if (def.coerce) return null;
  const checks = compileChecks(zod);
  if (checks === null) return null;
  const inner = compileType(zod);
  if (inner === null) return null;
  if (checks.length === 0) return inner;
  return (value, reuse) => {
    const out = inner(value, reuse);
    if (out === NOT_SURE) return NOT_SURE;
    for (const check of checks) if (!check(out)) return NOT_SURE;
    return out;
  };
}

/** The schema's checks; null when one of them is of a kind the fast path does not model. */
function compileChecks(zod: Internals): Check[] | null {
  const all = [...(zod.traits.has('$ZodCheck') ? [zod] : []), ...(zod.def.checks ?? []).map((c) => c._zod)];
  const out: Check[] = [];
  for (const check of all) {
    const def = check.def;
    switch (def.check) {
      case 'min_length': {
        const min = def.minimum!;
        // zod counts a string's code points; between min and 2·min units only a count could tell: ask zod.
        out.push((v) => (typeof v === 'string' ? v.length >= 2 * min : Array.isArray(v) && v.length >= min));
        break;
      }
      case 'max_length': {
        const max = def.maximum!;
        // No more units than the maximum is no more code points; more units is zod's to count.
        out.push((v) => (typeof v === 'string' || Array.isArray(v)) && v.length <= max);
        break;
      }
      case 'greater_than': {
        const limit = def.value;
        if (typeof limit !== 'number') return null;
        out.push(def.inclusive ? (v) => (v as number) >= limit : (v) => (v as number) > limit);
        break;
      }
      case 'less_than': {
        const limit = def.value;
        if (typeof limit !== 'number') return null;
        out.push(def.inclusive ? (v) => (v as number) <= limit : (v) => (v as number) < limit);
        break;
      }
      case 'number_format':
        if (def.format !== 'safeint') return null;
        out.push((v) => Number.isSafeInteger(v));
        break;
      case 'string_format': {
        const pattern = def.pattern;
        if (def.format !== 'regex' || !(pattern instanceof RegExp)) return null;
        out.push((v) => {
          pattern.lastIndex = 0;
          return typeof v === 'string' && pattern.test(v);
        });
        break;
      }
      default:
        return null;
    }
  }
  return out;
}

function compileType(zod: Internals): FastPath | null {
  const def = zod.def;
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : NOT_SURE);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : NOT_SURE);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : NOT_SURE);
    case 'unknown':
      return (v) => v;
    case 'literal':
    case 'enum': {
      const values = zod.values;
      if (!values) return null;
      // An undefined value has optional's own meaning; leave it to zod.
      return (v) => (v !== undefined && values.has(v) ? v : NOT_SURE);
    }
    case 'nullable': {
      const inner = compile(def.innerType!._zod);
      if (inner === null) return null;
      return (v, reuse) => (v === null ? null : inner(v, reuse));
    }
    case 'optional': {
      const innerZod = def.innerType!._zod;
      if (innerZod.optin === 'defaulted') return null;
      const inner = compile(innerZod);
      if (inner === null) return null;
      return (v, reuse) => (v === undefined ? undefined : inner(v, reuse));
    }
    case 'default': {
      const inner = compile(def.innerType!._zod);
      if (inner === null) return null;
      return (v, reuse) => {
        // The getter gives a fresh shallow copy each time, as zod's does.
        if (v === undefined) return def.defaultValue;
        const out = inner(v, reuse);
        return out === undefined ? def.defaultValue : out;
      };
    }
    case 'array': {
      const element = compile(def.element!._zod);
      if (element === null) return null;
      return (v, reuse) => {
        if (!Array.isArray(v)) return NOT_SURE;
        let out: unknown[] | null = reuse ? null : new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const item = element(v[i], reuse);
          if (item === NOT_SURE) return NOT_SURE;
          if (out === null) {
            if (item === v[i]) continue;
            out = v.slice(0, i);
          }
          out[i] = item;
        }
        return out ?? v;
      };
    }
    case 'tuple': {
      if (def.rest) return null;
      const itemZods = def.items!;
      // Only tuples whose items are all required: absence rules for tuple ends are zod's.
      if (itemZods.some((item) => item._zod.optin !== undefined || item._zod.optout !== undefined)) return null;
      const items = itemZods.map((item) => compile(item._zod));
      if (items.some((item) => item === null)) return null;
      const paths = items as FastPath[];
      return (v, reuse) => {
        if (!Array.isArray(v) || v.length !== paths.length) return NOT_SURE;
        // As for arrays: no copy is made while every item is its own output.
        let out: unknown[] | null = reuse ? null : new Array<unknown>(paths.length);
        for (let i = 0; i < paths.length; i++) {
          const item = paths[i]!(v[i], reuse);
          if (item === NOT_SURE || item === undefined) return NOT_SURE;
          if (out === null) {
            if (item === v[i]) continue;
            out = v.slice(0, i);
          }
          out[i] = item;
        }
        return out ?? v;
      };
    }
    case 'object':
      return compileObject(zod);
    case 'union':
      return compileDiscriminated(zod);
    default:
      return null;
  }
}

interface Field {
  key: string;
  path: FastPath;
  optin: Internals['optin'];
  optout: Internals['optout'];
  /** Optional without a default: when the key is absent, zod's copy lacks it too. */
  mayLack: boolean;
}

function compileObject(zod: Internals): FastPath | null {
  const def = zod.def;
  // Strict objects only (unknown keys are problems); every other catch-all is zod's.
  if (def.catchall?._zod.def.type !== 'never' || !def.shape) return null;
  const shape = def.shape;
  if (Object.getOwnPropertySymbols(shape).length > 0) return null;
  const fields: Field[] = [];
  for (const key of Object.keys(shape)) {
    // zod reads a key with `in`, which sees Object.prototype: keep to names it does not hold.
    if (key in Object.prototype || key === '__proto__') return null;
    const field = shape[key]!._zod;
    const path = compile(field);
    if (path === null) return null;
    fields.push({ key, path, optin: field.optin, optout: field.optout, mayLack: field.optin === 'optional' && field.optout === 'optional' });
  }
  const keys = new Set(Object.keys(shape));
  /**
   * The common case of a value the caller owns, in one pass over its keys: each a field, in the schema's
   * order, whose value is its own output, and each field it lacks optional without a default. Then zod's
   * copy would equal `v`. Otherwise false, and the pass below decides.
   */
  const isItsOwnOutput = (v: Record<string, unknown>): boolean => {
    let f = 0;
    for (const key in v) {
      while (f < fields.length && fields[f]!.key !== key) if (!fields[f++]!.mayLack) return false;
      if (f === fields.length) return false;
      const value = v[key];
      if (fields[f++]!.path(value, true) !== value) return false;
    }
    while (f < fields.length) if (!fields[f++]!.mayLack) return false;
    return true;
  };
  return (v, reuse) => {
    if (!isObject(v) || Object.getPrototypeOf(v) !== Object.prototype) return NOT_SURE;
    if (reuse && isItsOwnOutput(v)) return v;
    // Stays null while the output would equal `v` itself (only when reusing).
    let out: Record<string, unknown> | null = reuse ? null : {};
    for (let f = 0; f < fields.length; f++) {
      const { key, path, optin, optout } = fields[f]!;
      let value: unknown;
      if (Object.prototype.hasOwnProperty.call(v, key)) {
        value = path(v[key], reuse);
        if (value === NOT_SURE) return NOT_SURE;
        if (out === null && value === v[key]) continue;
      } else {
        // An absent key, as zod's handlePropertyResult treats it.
        if (optin === undefined) return NOT_SURE;
        if (optin === 'optional' && optout === 'optional') continue;
        value = path(undefined, reuse);
        if (value === NOT_SURE || value === undefined) return NOT_SURE;
      }
      out ??= copyFields(v, fields, f);
      out[key] = value;
    }
    // zod lists the keys it does not know with for…in: any one of them is a problem to word. When `v`
    // itself is the output, its keys must also come in the schema's order, as zod's copy has them.
    let next = 0;
    let inOrder = true;
    for (const key in v) {
      if (!keys.has(key)) return NOT_SURE;
      if (out === null && inOrder) {
        while (next < fields.length && fields[next]!.key !== key) next++;
        inOrder = next < fields.length;
      }
    }
    if (out === null) return inOrder ? v : copyFields(v, fields, fields.length);
    return out;
  };
}

/** zod's copy of the first `count` fields of `v`, which the fast path found unchanged. */
function copyFields(v: Record<string, unknown>, fields: readonly Field[], count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let g = 0; g < count; g++) {
    const key = fields[g]!.key;
    if (Object.prototype.hasOwnProperty.call(v, key)) out[key] = v[key];
  }
  return out;
}

function compileDiscriminated(zod: Internals): FastPath | null {
  const def = zod.def;
  const discriminator = def.discriminator;
  if (discriminator === undefined || def.unionFallback || !def.options) return null;
  const byValue = new Map<unknown, FastPath>();
  for (const option of def.options) {
    const values = option._zod.propValues?.[discriminator];
    const path = compile(option._zod);
    if (!values || path === null) return null;
    for (const value of values) {
      if (value === undefined || byValue.has(value)) return null;
      byValue.set(value, path);
    }
  }
  return (v, reuse) => {
    if (!isObject(v)) return NOT_SURE;
    const path = byValue.get(v[discriminator]);
    return path === undefined ? NOT_SURE : path(v, reuse);
  };
}
