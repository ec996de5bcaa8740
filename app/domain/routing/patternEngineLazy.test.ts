// Where the engine loads at once (the CLI), it is not loaded for Lync's own default pattern: a design with no
// pattern of its own (every format-1 design) is validated without it, with the same verdicts.
import { readFileSync } from 'node:fs';
import { RE2JS } from 're2js';
import { describe, expect, it, vi } from 'vitest';
import type * as Pattern from './pattern.ts';
import type * as Parse from '../parse.ts';
import type * as Rules from '../rules/index.ts';
import { keepAllRule } from './defaults.ts';
import { compilePattern, firstMatch } from './pattern.ts';
import { parseTopologyText } from '../parse.ts';
import { validate } from '../rules/index.ts';

/** Fresh modules: an engine not loaded yet, and a loader that counts its calls. */
async function freshWithLoader() {
  vi.resetModules();
  const pattern = (await import('./pattern.ts')) as typeof Pattern;
  const load = vi.fn(() => RE2JS);
  pattern.setPatternEngineLoader(load);
  const parse = (await import('../parse.ts')) as typeof Parse;
  const rules = (await import('../rules/index.ts')) as typeof Rules;
  return { pattern, load, parse, rules };
}

describe('the pattern engine, where it can load at once', () => {
  it("gives Lync's default pattern the verdict the engine gives, and loads the engine only to match it", async () => {
    const { pattern, load } = await freshWithLoader();
    const source = keepAllRule().pattern;
    const lazy = pattern.compilePattern(source);
    const compiled = compilePattern(source);
    expect(load).not.toHaveBeenCalled();
    if (lazy.kind !== 'ok' || compiled.kind !== 'ok') throw new Error('not ok');
    expect([lazy.pattern.groups, lazy.pattern.groupIndex]).toEqual([compiled.pattern.groups, compiled.pattern.groupIndex]);
    expect(pattern.firstMatch(lazy.pattern, '14255550100')).toEqual(firstMatch(compiled.pattern, '14255550100'));
    expect(pattern.isMatch(lazy.pattern, '1425')).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('validates a format-1 design without the engine, with the diagnostics it gives with it', async () => {
    const { load, parse, rules } = await freshWithLoader();
    for (const example of ['contoso-small', 'fabrikam-medium']) {
      const text = readFileSync(`../shared/examples/${example}.json`, 'utf8');
      const fresh = parse.parseTopologyText(text);
      const loaded = parseTopologyText(text);
      if (!fresh.ok || !loaded.ok) throw new Error(`${example} refused`);
      expect(rules.validate(fresh.doc)).toEqual(validate(loaded.doc));
    }
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the engine for any other pattern', async () => {
    const { pattern, load } = await freshWithLoader();
    expect(pattern.compilePattern('^(\\d{4})$').kind).toBe('ok');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
