import { describe, expect, it } from 'vitest';
import { generateTopology } from './generate.ts';
import { parseTopologyText } from './parse.ts';
import { validate } from './rules/index.ts';
import { serializeTopology } from './serialize.ts';

describe('generateTopology', () => {
  it.each([10, 100, 1000])('makes a parseable, rule-clean document of %i nodes', (count) => {
    const doc = generateTopology(count, 7);
    expect(doc.nodes).toHaveLength(count);
    expect(doc.trunks.length).toBeGreaterThan(count);
    const parsed = parseTopologyText(serializeTopology(doc));
    expect(parsed.ok).toBe(true);
    expect(validate(doc)).toEqual([]);
  });

  it('is deterministic for a seed', () => {
    expect(serializeTopology(generateTopology(50, 3))).toBe(serializeTopology(generateTopology(50, 3)));
    expect(serializeTopology(generateTopology(50, 3))).not.toBe(serializeTopology(generateTopology(50, 4)));
  });
});
