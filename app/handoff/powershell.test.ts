import { describe, expect, it } from 'vitest';
import { psArray, psBool, psInteger, psListModifier, psLiteral } from './powershell.ts';
import { psTokenize, PsTokenizeError } from './psTokenize.ts';

describe('psLiteral', () => {
  it.each([
    ['', "''"],
    ['Redmond', "'Redmond'"],
    ["O'Brien", "'O''Brien'"],
    ['‘left’', "'‘‘left’’'"],
    ['low‚ reversed‛', "'low‚‚ reversed‛‛'"],
    ['$(Remove-CsVoiceRoute x)', "'$(Remove-CsVoiceRoute x)'"],
    ['a`nb', "'a`nb'"],
    ['"double" “curly”', "'\"double\" “curly”'"],
    ['x; #y <#z#>', "'x; #y <#z#>'"],
    ['line\nbreak\r\n', "'line\nbreak\r\n'"],
    ['^\\+(\\d*)$', "'^\\+(\\d*)$'"],
  ])('writes %j as %s', (value, literal) => {
    expect(psLiteral(value)).toBe(literal);
  });

  it('writes lists, booleans and integers without interpolating anything', () => {
    expect(psArray([])).toBe('@()');
    expect(psArray(["it's", '$x'])).toBe("@('it''s', '$x')");
    expect(psListModifier('Add', ['Local'])).toBe("@{Add=@('Local')}");
    expect(psListModifier('Replace', [])).toBe('@{Replace=@()}');
    expect(psBool(true)).toBe('$true');
    expect(psBool(false)).toBe('$false');
    expect(psInteger(20)).toBe('20');
    expect(psInteger(1.5)).toBe("'1.5'");
    expect(psInteger(Number.NaN)).toBe("'NaN'");
  });
});

describe('psTokenize', () => {
  it('reads single-quoted strings as PowerShell does: any of the four quotes closes, two in a row are one', () => {
    expect(psTokenize("'a’")).toEqual([{ kind: 'string', value: 'a' }]);
    expect(psTokenize('‘a‛')).toEqual([{ kind: 'string', value: 'a' }]);
    expect(psTokenize("'a’'b'")).toEqual([{ kind: 'string', value: "a'b" }]);
    expect(psTokenize("'a''b'")).toEqual([{ kind: 'string', value: "a'b" }]);
    expect(() => psTokenize("'a’'")).toThrow(PsTokenizeError);
  });

  it('reads a call with its parameters, variables and list modifiers', () => {
    expect(psTokenize("\uFEFFSet-CsPstnUsage -Identity 'Global' -Usage @{Add=@('Local')} -WhatIf:$WhatIfPreference\n")).toEqual([
      { kind: 'word', text: 'Set-CsPstnUsage' },
      { kind: 'parameter', name: 'Identity', colon: false },
      { kind: 'string', value: 'Global' },
      { kind: 'parameter', name: 'Usage', colon: false },
      { kind: 'punct', text: '@{' },
      { kind: 'word', text: 'Add' },
      { kind: 'punct', text: '=' },
      { kind: 'punct', text: '@(' },
      { kind: 'string', value: 'Local' },
      { kind: 'punct', text: ')' },
      { kind: 'punct', text: '}' },
      { kind: 'parameter', name: 'WhatIf', colon: true },
      { kind: 'variable', name: 'WhatIfPreference' },
      { kind: 'newline' },
    ]);
    expect(psTokenize('if ($null -eq $x) { } # note\n<# block\n#>')).toEqual([
      { kind: 'word', text: 'if' },
      { kind: 'punct', text: '(' },
      { kind: 'variable', name: 'null' },
      { kind: 'operator', name: '-eq' },
      { kind: 'variable', name: 'x' },
      { kind: 'punct', text: ')' },
      { kind: 'punct', text: '{' },
      { kind: 'punct', text: '}' },
      { kind: 'comment', text: '# note' },
      { kind: 'newline' },
      { kind: 'comment', text: '<# block\n#>' },
    ]);
  });

  it.each(['"x"', '“x”', '`n', '| Out-Null', '> file', '&', '$', '\r', "'open"])('refuses %j outside a literal', (source) => {
    expect(() => psTokenize(source)).toThrow(PsTokenizeError);
  });
});
