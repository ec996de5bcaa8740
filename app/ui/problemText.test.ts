// A refused file or share link is explained in the user's language: the sentence, the words English puts
// into it (a type, a found value), plural forms and numbers as the language writes them.
import { afterAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/index.ts';
import { decodeShareLink } from '../domain/link/shareLink.ts';
import { parseTopology, type ParseResult } from '../domain/parse.ts';
import type { Problem } from '../domain/problems.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { validDoc } from '../domain/testing/build.ts';
import { problemText } from './diagnosticText.ts';

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

  it('says it in English as the domain declares it', async () => {
    await initI18n('en');
    expect(problemText(wrongType)).toBe('must be true or false, found the text "yes"');
    expect(problemText(tooFar)).toBe('must be at most 1,000,000');
    expect(problemText(emptyName)).toBe('must be at least 1 character long');
    expect(problemText(newerLink)).toBe('This link was made by a newer Trunkline (link version 9; this one reads version 2). Open it in an up-to-date Trunkline.');
  });

  it('words types and found values in the language', async () => {
    await initI18n('es');
    expect(problemText(wrongType)).toBe('debe ser true o false; valor encontrado: el texto «yes»');
    await initI18n('fr');
    expect(problemText(wrongType)).toBe('doit être true ou false\u202f; valeur trouvée\u00a0: le texte «\u00a0yes\u00a0»');
    await initI18n('zh');
    expect(problemText(wrongType)).toBe('必须是 true 或 false，实际为文本“yes”');
  });

  it('writes numbers and plural forms as the language does', async () => {
    await initI18n('es');
    expect(problemText(tooFar)).toBe('debe ser como máximo 1.000.000');
    expect(problemText(emptyName)).toBe('debe tener al menos 1 carácter');
    expect(problemText({ path: '$', messageId: 'parse.more', params: { count: 2 } })).toBe('y 2 problemas más');
    await initI18n('it');
    expect(problemText({ path: '$', messageId: 'parse.more', params: { count: 1 } })).toBe('e 1 altro problema');
  });

  it('translates a refused share link as a whole sentence', async () => {
    await initI18n('pt');
    expect(problemText(newerLink)).toBe(
      'Este link foi criado por um Trunkline mais recente (versão de link 9; este lê a versão 2). Abra-o em um Trunkline atualizado.',
    );
  });
});
