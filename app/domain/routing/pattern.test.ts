import { describe, expect, it } from 'vitest';
import { compilePattern, highestGroupNamed, isMatch, rewrite, substitute, type CompiledPattern } from './pattern.ts';

function ok(source: string): CompiledPattern {
  const verdict = compilePattern(source);
  if (verdict.kind !== 'ok') throw new Error(`${source}: ${JSON.stringify(verdict)}`);
  return verdict.pattern;
}

describe('compilePattern', () => {
  it.each([
    ['^(\\d{4})$', 1],
    ['^(\\d{11})$', 1],
    ['^\\+1425\\d{7}$', 0],
    ['^(\\+1[0-9]{10})$', 1],
    ['^9?(\\d{3})(?:\\d{4})$', 1],
    ['^(?<area>\\d{3})(\\d{7})$', 2],
    ['^[^0-9]*$', 0],
    ['^(?i)abc$', 0],
    ['a{', 0],
    ['^\\d{2,}$', 0],
    ['^a(?#comment)b$', 0],
    ['^[\\d*#]+$', 0],
    ['^\\x2B\\u0031$', 0],
  ])('reads %s with %i groups', (source, groups) => {
    expect(ok(source).groups).toBe(groups);
  });

  it.each([
    ['^(\\d{4}$', 'notEnoughParens'],
    ['^\\d{4})$', 'tooManyParens'],
    ['^[0-9$', 'unterminatedClass'],
    ['*1', 'nothingToRepeat'],
    ['(|+)', 'nothingToRepeat'],
    ['{1}', 'nothingToRepeat'],
    ['a++', 'nestedQuantifier'],
    ['a{2}{3}', 'nestedQuantifier'],
    ['[9-0]', 'reverseRange'],
    ['a{3,2}', 'reverseCount'],
    ['\\q', 'badEscape'],
    ['\\x4', 'badEscape'],
    ['abc\\', 'trailingBackslash'],
    ['(?Q)', 'badGroup'],
    ['(?<a b>x)', 'badName'],
  ])('refuses %s as invalid (%s)', (source, fault) => {
    expect(compilePattern(source)).toMatchObject({ kind: 'invalid', fault });
  });

  it.each([
    ['^(\\d)\\1$', 'backreference'],
    ['^(?<a>\\d)\\k<a>$', 'backreference'],
    ['^(?=\\d)\\d+$', 'lookaround'],
    ['^(?!1)\\d+$', 'lookaround'],
    ['^(?<=1)\\d+$', 'lookaround'],
    ['^(?<!1)\\d+$', 'lookaround'],
    ['^(?>\\d+)$', 'atomicGroup'],
    ['^(?(1)a|b)$', 'conditional'],
    ['[a-z-[aeiou]]', 'classSubtraction'],
    ['(?x) a', 'inlineOption'],
    ['(?<open-close>a)', 'balancingGroup'],
    ['(?<2>a)', 'numberedGroup'],
    ['\\Ga', 'anchorG'],
    ['\\p{IsGreek}', 'unicodeBlock'],
    ['a{5000}', 'engineLimit'],
    ['((a{1000}){1000}){1000}', 'engineLimit'],
  ])('marks %s unsupported (%s)', (source, feature) => {
    expect(compilePattern(source)).toMatchObject({ kind: 'unsupported', feature });
  });
});

describe('matching and rewriting', () => {
  it('matches anywhere unless anchored, as Regex.IsMatch', () => {
    expect(isMatch(ok('42'), '0142')).toBe(true);
    expect(isMatch(ok('^42$'), '0142')).toBe(false);
  });

  it('reads \\d as ASCII digits only', () => {
    expect(isMatch(ok('^\\d$'), '٣')).toBe(false);
    expect(isMatch(ok('^\\d$'), '3')).toBe(true);
  });

  it('keeps literal metacharacters literal inside and outside classes', () => {
    expect(isMatch(ok('^\\+1$'), '+1')).toBe(true);
    expect(isMatch(ok('^[+*#]$'), '*')).toBe(true);
    expect(isMatch(ok('^[[]$'), '[')).toBe(true);
    expect(isMatch(ok('^[]a]$'), ']')).toBe(true);
    expect(isMatch(ok('^a{$'), 'a{')).toBe(true);
  });

  it('replaces the whole number with the translation', () => {
    expect(rewrite(ok('^(\\d{4})$'), '+1425555$1', '0100')).toBe('+14255550100');
    expect(rewrite(ok('(\\d{4})'), 'x$1', 'ab0100cd')).toBe('x0100');
    expect(rewrite(ok('^(\\d{4})$'), '+1425555$1', '01000')).toBeNull();
  });

  it('numbers named groups after unnamed ones, as .NET does', () => {
    expect(rewrite(ok('^(?<a>\\d)(\\d)$'), '$1-$2', '12')).toBe('2-1');
  });

  it('gives "" for an unmatched group', () => {
    expect(rewrite(ok('^(1)?(\\d)$'), '[$1][$2]', '5')).toBe('[][5]');
  });
});

describe('substitute', () => {
  it.each([
    ['+$1', ['x', '123'], '+123'],
    ['$0', ['whole'], 'whole'],
    ['$$1', ['x', 'g'], '$1'],
    ['$a', ['x'], '$a'],
    ['cost $', ['x'], 'cost $'],
    ['$10', ['x', 'one'], 'one0'],
    ['$7', ['x'], ''],
  ])('%s with %j gives %s', (translation, groups, expected) => {
    expect(substitute(translation, groups)).toBe(expected);
  });

  it.each([
    ['+$1', 1],
    ['$$3', 0],
    ['$2$9', 9],
    ['none', 0],
    ['$', 0],
  ])('%s names group %i at most', (translation, n) => {
    expect(highestGroupNamed(translation)).toBe(n);
  });
});
