// What is wrong with a problem, measured against PROBLEM_MESSAGES and the terms; for tests of every source
// of problems (parse, share link, import).
import { PROBLEM_MESSAGES, type Problem } from '../problems.ts';
import { messageDefects } from './messages.ts';

/** The params that are terms, and the family of terms each takes. */
const TERM_PARAMS: Record<string, string> = { expected: 'type.', found: 'found.', items: 'items.', kind: 'element.', actual: 'element.' };

/** Every way `problem` departs from its declaration; empty for a well-formed problem. */
export function keyDefects(problem: Problem): string[] {
  const at = `${problem.path}: ${problem.messageId}`;
  const defects = messageDefects(PROBLEM_MESSAGES, problem, at);
  for (const [name, value] of Object.entries(problem.params)) {
    const family = TERM_PARAMS[name];
    const isTerm = typeof value === 'object' && 'term' in value;
    if (family === undefined ? isTerm : !isTerm || !value.term.startsWith(family)) defects.push(`${at}.${name}: ${family ? `should be a ${family}* term` : 'is a term, not a raw value'}`);
  }
  return defects;
}
