// What a routing cell accepts: the format's limits, and patterns judged by the pattern engine.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPatternEngine } from '../../domain/routing/pattern.ts';
import { parseAccessPrefix, parseCallerId, parseMaxEarlyDialogs, parsePattern, parsePriority, parseRoutingName, parseTranslation } from './routingDrafts.ts';

beforeAll(() => loadPatternEngine());

describe('routing cells', () => {
  it('names: required, at most 100 characters', () => {
    expect(parseRoutingName('Local')).toEqual({ ok: true, value: 'Local' });
    expect(parseRoutingName('  ')).toMatchObject({ ok: false, error: { key: 'routing.invalid.required' } });
    expect(parseRoutingName('x'.repeat(101))).toMatchObject({ ok: false, error: { key: 'routing.invalid.tooLong', params: { max: 100 } } });
  });

  it('patterns: invalid .NET is refused with the fault, unsupported is kept (a rule warns)', () => {
    expect(parsePattern('^(\\d{4})$')).toEqual({ ok: true, value: '^(\\d{4})$' });
    expect(parsePattern('^(911')).toEqual({ ok: false, error: { key: 'routing.invalid.pattern', reason: 'pattern.notEnoughParens' } });
    expect(parsePattern('a++')).toMatchObject({ ok: false, error: { reason: 'pattern.nestedQuantifier' } });
    expect(parsePattern('(\\d)\\1')).toEqual({ ok: true, value: '(\\d)\\1' });
    expect(parsePattern('')).toMatchObject({ ok: false, error: { key: 'routing.invalid.required' } });
    expect(parsePattern('1'.repeat(501))).toMatchObject({ ok: false, error: { key: 'routing.invalid.tooLong' } });
    expect(parseTranslation('')).toEqual({ ok: true, value: '' });
  });

  it('numbers in their ranges; an empty caller ID is none; prefixes of 1–4 digits', () => {
    expect(parsePriority('7')).toEqual({ ok: true, value: 7 });
    expect(parsePriority('-1')).toMatchObject({ ok: false, error: { key: 'routing.invalid.range', params: { min: 0, max: 1_000_000 } } });
    expect(parseMaxEarlyDialogs('0')).toMatchObject({ ok: false });
    expect(parseMaxEarlyDialogs('1000')).toEqual({ ok: true, value: 1000 });
    expect(parseCallerId(' ')).toEqual({ ok: true, value: null });
    expect(parseCallerId('+14255550100')).toEqual({ ok: true, value: '+14255550100' });
    expect(parseAccessPrefix('9')).toEqual({ ok: true, value: '9' });
    expect(parseAccessPrefix('12345')).toMatchObject({ ok: false, error: { key: 'routing.invalid.accessPrefix' } });
  });
});
