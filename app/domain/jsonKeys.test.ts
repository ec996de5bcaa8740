import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeys } from './jsonKeys.ts';

const find = (text: string) => duplicateKeys(text, JSON.parse(text), 1_000);

describe('duplicateKeys', () => {
  it('finds none in any text JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(find(JSON.stringify(value, null, 1))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a key written again in any object, with the path to it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }), fc.nat(), (object, pick) => {
        const keys = Object.keys(object);
        const key = keys[pick % keys.length]!;
        const text = `{"list": [0, ${JSON.stringify(object).slice(0, -1)}, ${JSON.stringify(key)}: null}]}`;
        expect(find(text)).toEqual([{ path: ['list', 1, key], key }]);
      }),
      { numRuns: 300 },
    );
  });

  it('stops at the limit', () => {
    const text = `{${Array.from({ length: 50 }, () => '"a": 1').join(', ')}}`;
    expect(duplicateKeys(text, JSON.parse(text), 10)).toHaveLength(10);
  });
});
