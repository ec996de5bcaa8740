import { describe, expect, it } from 'vitest';
import { TextTable } from './textTable.ts';

/** Every text hashes alike: each search probes past the limit, and the table must hand over to a Map. */
class CollidingTable extends TextTable {
  protected override hash(): number {
    return 7;
  }
}

const ids = (count: number) => Array.from({ length: count }, (_, i) => `id-${i}`);
const positions = (count: number) => Array.from({ length: count }, (_, i) => i);

function expectHolds(table: TextTable, count: number): void {
  expect(ids(count).map((id) => table.get(id))).toEqual(positions(count));
  expect(table.get('id-missing')).toBe(-1);
  expect(table.get('')).toBe(-1);
  expect(table.size).toBe(count);
}

describe('TextTable', () => {
  it('holds the first value of each text and says which was there before', () => {
    const table = new TextTable(4);
    expect(table.add('a', 1)).toBe(-1);
    expect(table.add('b', 2)).toBe(-1);
    expect(table.add('a', 3)).toBe(1);
    expect(table.get('a')).toBe(1);
    expect(table.get('b')).toBe(2);
    expect(table.get('A')).toBe(-1);
    expect(table.size).toBe(2);
  });

  it('grows past the number it was told to expect', () => {
    const table = new TextTable(0);
    expect(ids(5000).filter((id, i) => table.add(id, i) !== -1)).toEqual([]);
    expect(ids(5000).map((id) => table.add(id, 0))).toEqual(positions(5000));
    expectHolds(table, 5000);
  });

  it('keeps every answer when texts collide too much for its own hashing', () => {
    const table = new CollidingTable(1000);
    expect(ids(1000).filter((id, i) => table.add(id, i) !== -1)).toEqual([]);
    expect(table.add('id-3', 9)).toBe(3);
    expectHolds(table, 1000);
  });

  it('tells texts of the same hash apart by their characters', () => {
    const table = new CollidingTable(8);
    table.add('x', 1);
    table.add('y', 2);
    expect(table.get('x')).toBe(1);
    expect(table.get('y')).toBe(2);
    expect(table.get('z')).toBe(-1);
  });

  it('stores no texts when a value says its own, and still grows and hands over to a Map', () => {
    const texts = ids(5000);
    const table = new TextTable(0, (value) => texts[value]!);
    expect(texts.filter((id, i) => table.add(id, i) !== -1)).toEqual([]);
    expect(table.add('id-7', 7)).toBe(7);
    expectHolds(table, 5000);
    const colliding = new CollidingTable(1000, (value) => texts[value]!);
    expect(texts.slice(0, 1000).filter((id, i) => colliding.add(id, i) !== -1)).toEqual([]);
    expectHolds(colliding, 1000);
  });
});
