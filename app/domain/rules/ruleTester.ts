// A table-driven tester for one rule, in the spirit of ESLint's RuleTester. Tests only.
// Reports are compared by message id and params, never by their English words.
import { describe, expect, it } from 'vitest';
import type { MessageParams, Rule } from '../diagnostic.ts';
import type { Topology } from '../model.ts';
import { runRule } from './index.ts';

export interface ValidCase {
  name: string;
  doc: Topology;
}

export interface ExpectedReport {
  targets: string[];
  messageId: string;
  /** The params the report must carry (those given; a report may carry more). */
  params?: MessageParams;
}

export interface InvalidCase {
  name: string;
  doc: Topology;
  reports: ExpectedReport[];
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it('has metadata', () => {
      expect(rule.id).toMatch(/^[A-Z_]+$/);
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.source.length).toBeGreaterThan(0);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    });
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`does not fire: ${c.name}`, () => {
        expect(runRule(rule, c.doc)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fires: ${c.name}`, () => {
        const found = runRule(rule, c.doc);
        expect(found.map((d) => d.targets)).toEqual(c.reports.map((r) => r.targets));
        c.reports.forEach((expected, i) => {
          const diagnostic = found[i]!;
          expect(diagnostic.rule).toBe(rule.id);
          expect(diagnostic.severity).toBe(rule.severity);
          expect(diagnostic.messageId).toBe(expected.messageId);
          expect(rule.messages).toHaveProperty([expected.messageId]);
          if (expected.params) expect(diagnostic.params).toMatchObject(expected.params);
        });
      });
    }
  });
}
