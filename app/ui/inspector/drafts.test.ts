import { describe, expect, it } from 'vitest';
import { integerText, parseInteger, parseLabel, parsePeakCalls, parsePort, parseServers, parseText, serversText } from './drafts.ts';

const errorKey = (r: { ok: boolean; error?: { key: string } }) => (r.ok ? null : r.error!.key);

describe('parseInteger', () => {
  it('reads decimal digits with an optional sign and spaces', () => {
    expect(parseInteger('5067')).toEqual({ ok: true, value: 5067 });
    expect(parseInteger(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseInteger('+7')).toEqual({ ok: true, value: 7 });
    expect(parseInteger('-3')).toEqual({ ok: true, value: -3 });
    expect(parseInteger('-0')).toEqual({ ok: true, value: 0 });
  });
  it.each(['', ' ', 'abc', '5.5', '1e3', '0x10', '5 067', '12a', 'Infinity', 'NaN'])('refuses %j', (text) => {
    expect(errorKey(parseInteger(text))).toBe('inspector.invalid.integer');
  });
  it('refuses numbers beyond the safe integers', () => {
    expect(errorKey(parseInteger('99999999999999999999'))).toBe('inspector.invalid.tooLarge');
  });
});

describe('parsePort', () => {
  it('accepts 1–65535', () => {
    expect(parsePort('1')).toEqual({ ok: true, value: 1 });
    expect(parsePort('65535')).toEqual({ ok: true, value: 65535 });
    expect(parsePort('05068')).toEqual({ ok: true, value: 5068 });
  });
  it.each(['abc', '', '0', '-1', '65536', '5067.0', '99999999999999999999'])('refuses %j with the port advice', (text) => {
    expect(parsePort(text)).toEqual({ ok: false, error: { key: 'inspector.invalid.port' } });
  });
});

describe('parsePeakCalls', () => {
  it('reads empty as "not given"', () => {
    expect(parsePeakCalls('')).toEqual({ ok: true, value: undefined });
    expect(parsePeakCalls('  ')).toEqual({ ok: true, value: undefined });
  });
  it('accepts 0 and more', () => {
    expect(parsePeakCalls('0')).toEqual({ ok: true, value: 0 });
    expect(parsePeakCalls('200')).toEqual({ ok: true, value: 200 });
  });
  it('refuses negative and non-integer drafts with their own messages', () => {
    expect(errorKey(parsePeakCalls('-1'))).toBe('inspector.invalid.notNegative');
    expect(errorKey(parsePeakCalls('ten'))).toBe('inspector.invalid.integer');
    expect(errorKey(parsePeakCalls('1.5'))).toBe('inspector.invalid.integer');
  });
});

describe('parseText', () => {
  it('keeps the text as typed', () => {
    expect(parseText(' Redmond ', { required: true, max: 100 })).toEqual({ ok: true, value: ' Redmond ' });
  });
  it('refuses a blank required text', () => {
    expect(errorKey(parseText('', { required: true, max: 100 }))).toBe('inspector.invalid.required');
    expect(errorKey(parseText('   ', { required: true, max: 100 }))).toBe('inspector.invalid.required');
    expect(parseText('', { required: false, max: 100 })).toEqual({ ok: true, value: '' });
  });
  it('refuses a text over its limit, naming the limit', () => {
    expect(parseText('x'.repeat(100), { required: true, max: 100 }).ok).toBe(true);
    expect(parseText('x'.repeat(101), { required: true, max: 100 })).toEqual({ ok: false, error: { key: 'inspector.invalid.tooLong', params: { max: 100 } } });
  });
});

describe('parseLabel', () => {
  it('reads a blank label as no label', () => {
    expect(parseLabel('')).toEqual({ ok: true, value: '' });
    expect(parseLabel('   ')).toEqual({ ok: true, value: '' });
  });
  it('allows 100 characters, not 101', () => {
    expect(parseLabel('a'.repeat(100)).ok).toBe(true);
    expect(errorKey(parseLabel('a'.repeat(101)))).toBe('inspector.invalid.tooLong');
  });
});

describe('parseServers', () => {
  it('reads one server a line, trimmed, without blank lines', () => {
    expect(parseServers('fe01.contoso.com\n  fe02.contoso.com  \r\n\n\nfe03.contoso.com\n')).toEqual({
      ok: true,
      value: ['fe01.contoso.com', 'fe02.contoso.com', 'fe03.contoso.com'],
    });
  });
  it('needs at least one server', () => {
    expect(errorKey(parseServers(''))).toBe('inspector.invalid.servers');
    expect(errorKey(parseServers(' \n \n'))).toBe('inspector.invalid.servers');
  });
  it('refuses a server name over the host limit', () => {
    expect(errorKey(parseServers('a'.repeat(1001)))).toBe('inspector.invalid.tooLong');
  });
  it('round-trips with serversText', () => {
    const servers = ['a.contoso.com', 'b.contoso.com'];
    expect(parseServers(serversText(servers))).toEqual({ ok: true, value: servers });
  });
});

describe('integerText', () => {
  it('writes a number, or nothing for a missing one', () => {
    expect(integerText(5067)).toBe('5067');
    expect(integerText(undefined)).toBe('');
  });
});
