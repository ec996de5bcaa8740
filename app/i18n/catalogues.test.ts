import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';
import { pt } from './pt.ts';
import { zh } from './zh.ts';
import { fr } from './fr.ts';
import { it as italian } from './it.ts';
import { detectLanguage, initI18n, LANGUAGE_KEY, LANGUAGES, supportedLanguage } from './index.ts';

type Tree = { readonly [key: string]: string | Tree };

const TRANSLATIONS: Record<string, Tree> = { es, pt, zh, fr, it: italian };

/** Every string of a catalogue by its dotted key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : [`${path}/`, ...keysOf(value, path)];
  });
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

const english = flatten(en);

describe('catalogues', () => {
  it('lists every catalogue as a language, English first', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['en', ...Object.keys(TRANSLATIONS)]);
  });

  for (const [code, catalogue] of Object.entries(TRANSLATIONS)) {
    describe(code, () => {
      it('has exactly the keys of English, at the same depth', () => {
        expect(keysOf(catalogue).sort()).toEqual(keysOf(en).sort());
      });

      it('has no empty or untrimmed strings', () => {
        for (const [key, text] of flatten(catalogue)) {
          expect(text.trim(), key).not.toBe('');
          expect(text, key).toBe(text.trim());
        }
      });

      it('keeps the placeholders of each English string', () => {
        for (const [key, text] of flatten(catalogue)) expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
      });

      it('keeps product names and protocol names as they are', () => {
        for (const [key, source] of english) {
          const text = flatten(catalogue).get(key)!;
          for (const name of ['Trunkline', 'Lync', 'SBC', 'IP-PBX', 'FQDN', 'TLS', 'TCP', 'SRTP', 'REFER', 'RTCP', 'JSON', 'PNG', 'SVG']) {
            if (new RegExp(`\\b${name}\\b`).test(source)) expect(text, key).toContain(name);
          }
        }
      });
    });
  }
});

describe('plurals', () => {
  afterAll(() => initI18n('en'));

  for (const code of ['es', 'fr', 'pt', 'it']) {
    it(`${code}: one and other differ, and large counts stay in ${code}`, () => {
      const i18n = initI18n(code);
      const text = (form: 'one' | 'other', count: number) => flatten(TRANSLATIONS[code]!).get(`problems.errors_${form}`)!.replace('{{count}}', String(count));
      const one = i18n.t('problems.errors', { count: 1 });
      const five = i18n.t('problems.errors', { count: 5 });
      expect(one).not.toBe(five);
      expect(one).toBe(text('one', 1));
      expect(five).toBe(text('other', 5));
      // Intl.PluralRules puts a million in the `many` category for these languages: it must not fall back to English.
      expect(new Intl.PluralRules(code).select(1_000_000)).toBe('many');
      expect(i18n.t('problems.errors', { count: 1_000_000 })).toBe(text('other', 1_000_000));
    });
  }

  it('zh: one form for every count', () => {
    const i18n = initI18n('zh');
    expect(i18n.t('problems.errors', { count: 1 })).toBe('1 个错误');
    expect(i18n.t('problems.errors', { count: 5 })).toBe('5 个错误');
  });

  it('en is unchanged', () => {
    const i18n = initI18n('en');
    expect(i18n.t('problems.errors', { count: 1 })).toBe('1 error');
    expect(i18n.t('problems.errors', { count: 1_000_000 })).toBe('1000000 errors');
  });
});

describe('choosing the language', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  const stored = new Map<string, string>();

  function browser(languages: string[], remembered?: string) {
    stored.clear();
    if (remembered !== undefined) stored.set(LANGUAGE_KEY, remembered);
    Object.defineProperty(globalThis, 'navigator', { value: { languages, language: languages[0] }, configurable: true });
    Object.defineProperty(globalThis, 'localStorage', {
      value: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) },
      configurable: true,
    });
  }

  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'navigator', original);
    else Reflect.deleteProperty(globalThis, 'navigator');
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('maps tags to their base language', () => {
    expect(supportedLanguage('pt-BR')).toBe('pt');
    expect(supportedLanguage('zh_CN')).toBe('zh');
    expect(supportedLanguage('FR')).toBe('fr');
    expect(supportedLanguage('de-DE')).toBeUndefined();
    expect(supportedLanguage(null)).toBeUndefined();
  });

  it('prefers the remembered choice, then the first supported browser language, then English', () => {
    browser(['de-DE', 'it-IT', 'fr'], 'es');
    expect(detectLanguage()).toBe('es');
    browser(['de-DE', 'it-IT', 'fr']);
    expect(detectLanguage()).toBe('it');
    browser(['de-DE', 'it-IT'], 'klingon');
    expect(detectLanguage()).toBe('it');
    browser(['de-DE', 'ja']);
    expect(detectLanguage()).toBe('en');
  });

  it('initI18n without a language uses the detected one', () => {
    browser(['fr-CA', 'en']);
    expect(initI18n().language).toBe('fr');
    expect(initI18n('en').language).toBe('en');
  });
});
