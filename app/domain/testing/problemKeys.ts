// What is wrong with the key of a problem, measured against PROBLEM_MESSAGES and PROBLEM_TERMS; for tests
// of every source of problems (parse, share link, import).
import type { MessageParam, TermRef } from '../diagnostic.ts';
import { PROBLEM_MESSAGES, PROBLEM_TERMS, type Problem } from '../problems.ts';

/** The params that are terms, and the family of terms each takes. */
const TERM_PARAMS: Record<string, string> = { expected: 'type.', found: 'found.', items: 'items.' };

function isTerm(value: MessageParam): value is TermRef {
  return typeof value === 'object' && 'term' in value;
}

/** Every way `problem`'s key departs from its declaration; empty for a well-keyed problem. */
export function keyDefects(problem: Problem): string[] {
  const at = `${problem.path}: ${problem.message}`;
  const key = problem.key;
  if (!key) return [`${at}: no key`];
  const declared = (PROBLEM_MESSAGES as Record<string, readonly string[]>)[key.id];
  if (!declared) return [`${at}: undeclared id ${key.id}`];
  const defects: string[] = [];
  const names = Object.keys(key.params).sort();
  if (names.join() !== [...declared].sort().join()) defects.push(`${at}: ${key.id} has params [${names}], declares [${declared}]`);
  for (const [name, value] of Object.entries(key.params)) {
    if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) defects.push(`${at}: ${key.id}.${name} is ${value}`);
    const family = TERM_PARAMS[name];
    if (family === undefined) {
      if (typeof value === 'object' && value !== null && isTerm(value)) defects.push(`${at}: ${key.id}.${name} is a term, not a raw value`);
      continue;
    }
    if (!isTerm(value) || !value.term.startsWith(family)) {
      defects.push(`${at}: ${key.id}.${name} should be a ${family}* term`);
      continue;
    }
    const termParams = (PROBLEM_TERMS as Record<string, readonly string[]>)[value.term];
    if (!termParams) defects.push(`${at}: undeclared term ${value.term}`);
    else if ((value.value !== undefined) !== termParams.includes('value')) defects.push(`${at}: term ${value.term} ${value.value === undefined ? 'lacks' : 'has'} a value`);
  }
  return defects;
}
