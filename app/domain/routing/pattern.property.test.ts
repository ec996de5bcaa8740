// Patterns come from anyone's file or link: whatever they hold, reading and evaluating them ends
// quickly. The bound is a hang detector (seconds), not a speed goal; speed lives in `npm run bench`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, isMatch, rewrite } from './pattern.ts';

const HANG = 2_000;

const atom = fc.constantFrom('a', '1', '\\d', '.', '[0-9]', '(a|aa)', '(a*)', '(\\d+)', '(?:1|11)', 'x?', '\\+', '(.*)');
const quantifier = fc.constantFrom('*', '+', '?', '{1000}', '{999,}', '{0,1000}', '{2}', '*?', '++', '{5000}', '');
const hostilePattern = fc
  .array(fc.tuple(fc.constantFrom('', '(', ')', '|', '^', '$'), atom, quantifier), { maxLength: 30 })
  .map((parts) => parts.map(([pre, a, q]) => `${pre}${a}${q}`).join(''))
  .map((p) => p.slice(0, 500));

// Classic catastrophic-backtracking shapes, nested several levels.
const nested = fc.integer({ min: 1, max: 12 }).map((depth) => `^${'('.repeat(depth)}a+${')+'.repeat(depth)}$`);

const longNumber = fc.oneof(
  fc.integer({ min: 1, max: 64 }).map((n) => 'a'.repeat(n) + '!'),
  fc.integer({ min: 1, max: 64 }).map((n) => '1'.repeat(n)),
  fc.stringMatching(/^[0-9+*#;=a-z]{1,64}$/),
);

function elapsed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('hostile patterns', () => {
  it('are classified and evaluated without hanging or throwing', () => {
    fc.assert(
      fc.property(fc.oneof(hostilePattern, nested, fc.string({ maxLength: 500 })), longNumber, (source, number) => {
        const time = elapsed(() => {
          const verdict = compilePattern(source);
          expect(['ok', 'invalid', 'unsupported']).toContain(verdict.kind);
          if (verdict.kind === 'ok') {
            isMatch(verdict.pattern, number);
            rewrite(verdict.pattern, '+$1$2$9$$', number);
          }
        });
        expect(time).toBeLessThan(HANG);
      }),
      { numRuns: 2_000 },
    );
  });

  it('evaluate (a+)+ against a long non-matching number at once', () => {
    const verdict = compilePattern('^(a+)+$');
    expect(verdict.kind).toBe('ok');
    if (verdict.kind !== 'ok') return;
    const time = elapsed(() => expect(isMatch(verdict.pattern, `${'a'.repeat(10_000)}!`)).toBe(false));
    expect(time).toBeLessThan(HANG);
  });
});
