import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from './migrations.ts';

describe('migrate', () => {
  it('leaves a current document as it is', () => {
    const doc = { schemaVersion: 2, name: 'x' };
    expect(migrate(doc, 2)).toEqual({ ok: true, doc, from: 2 });
  });

  it('runs each step of the chain in order up to the target version', () => {
    const chain: Record<number, Migration> = {
      1: (d) => ({ ...d, steps: ['1→2'] }),
      2: (d) => ({ ...d, steps: [...(d.steps as string[]), '2→3'] }),
    };
    const result = migrate({ schemaVersion: 1 }, 1, 3, chain);
    expect(result).toEqual({ ok: true, doc: { schemaVersion: 3, steps: ['1→2', '2→3'] }, from: 1 });
  });

  it('refuses a newer version, naming both versions', () => {
    const result = migrate({}, 99, 1);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toEqual({ messageId: 'parse.newerVersion', params: { version: 99, supported: 1 } });
  });

  it('refuses a gap in the chain', () => {
    const result = migrate({}, 1, 3, { 1: (d) => d });
    expect(!result.ok && result.problem).toEqual({ messageId: 'parse.noMigration', params: { from: 2, to: 3 } });
  });
});
