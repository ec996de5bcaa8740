// A refused file or share link is explained in the user's language: the sentence, the words English puts
// into it (a type, a found value), plural forms and numbers as the language writes them.
import { afterAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/index.ts';
import { decodeShareLink } from '../domain/link/shareLink.ts';
import { parseTopology, type ParseResult } from '../domain/parse.ts';
import type { Problem } from '../domain/problems.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { validDoc } from '../domain/testing/build.ts';
import { messageText, problemText } from './diagnosticText.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into raw JSON freely
function refused(change: (raw: Record<string, any>) => void): Problem {
  const raw = JSON.parse(serializeTopology(validDoc())) as Record<string, unknown>;
  change(raw);
  return first(parseTopology(raw));
}

function first(result: ParseResult): Problem {
  if (result.ok) throw new Error('not refused');
  return result.problems[0]!;
}

const wrongType = refused((r) => (r.trunks[0].root = 'yes'));
const tooFar = refused((r) => (r.nodes[0].position = { x: 1_000_001, y: 0 }));
const emptyName = refused((r) => (r.name = ''));
const newerLink = first(decodeShareLink('t9.AAAA'));

describe('problemText', () => {
  afterAll(() => initI18n('en'));

  it('keeps English as the domain wrote it, and a problem without a key as it is', () => {
    initI18n('en');
    for (const problem of [wrongType, tooFar, emptyName, newerLink]) expect(problemText(problem)).toBe(problem.message);
    initI18n('es');
    expect(problemText({ path: '$', message: 'Something.' })).toBe('Something.');
  });

  it('words types and found values in the language', () => {
    initI18n('es');
    expect(problemText(wrongType)).toBe('debe ser true o false; valor encontrado: el texto «yes»');
    initI18n('fr');
    expect(problemText(wrongType)).toBe('doit être true ou false\u202f; valeur trouvée\u00a0: le texte «\u00a0yes\u00a0»');
    initI18n('zh');
    expect(problemText(wrongType)).toBe('必须是 true 或 false，实际为文本“yes”');
  });

  it('writes numbers and plural forms as the language does', () => {
    initI18n('es');
    expect(problemText(tooFar)).toBe('debe ser como máximo 1.000.000');
    expect(problemText(emptyName)).toBe('debe tener al menos 1 carácter');
    expect(messageText('fileProblems', 'and 2 more problems', { id: 'parse.more', params: { count: 2 } })).toBe('y 2 problemas más');
    initI18n('it');
    expect(messageText('fileProblems', 'and 1 more problem', { id: 'parse.more', params: { count: 1 } })).toBe('e 1 altro problema');
  });

  it('translates a refused share link as a whole sentence', () => {
    initI18n('pt');
    expect(problemText(newerLink)).toBe(
      'Este link foi criado por um Trunkline mais recente (versão de link 9; este lê a versão 1). Abra-o em um Trunkline atualizado.',
    );
  });
});
