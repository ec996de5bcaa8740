// Every language folder has every key of English with exactly its params; plural forms as the language has
// them; the language list comes from the folders; the choice of language is remembered.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { templateParams } from '../domain/testing/messages.ts';
import { englishDomainMessages, type Messages } from './english.ts';
import { detectLanguage, initI18n, LANGUAGE_KEY, LANGUAGES, languagesOf, supportedLanguage } from './index.ts';
import englishUi from './locales/en/ui.json';

const LOCALES = new URL('./locales/', import.meta.url);
const NAMESPACES = ['ui', 'rules', 'problems', 'refusals', 'terms'];
const TRANSLATIONS = readdirSync(LOCALES).filter((code) => code !== 'en');

function catalogueOf(code: string, namespace: string): Messages {
  return JSON.parse(readFileSync(new URL(`${code}/${namespace}.json`, LOCALES), 'utf8')) as Messages;
}

const ENGLISH: Record<string, Messages> = { ui: englishUi, ...englishDomainMessages() };

/** Every string of a catalogue by its dotted key. */
function flatten(tree: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Messages by key without plural suffixes, each with the params its forms use (`count` for plural forms). */
function messages(tree: Messages): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const [key, text] of flatten(tree)) {
    const base = key.replace(PLURAL, '');
    forms.set(base, [...(forms.get(base) ?? []), ...templateParams(text), ...(base === key ? [] : ['count'])]);
  }
  return new Map([...forms].map(([key, params]) => [key, [...new Set(params)].sort()]));
}

describe('catalogues', () => {
  it('has a folder per language with every namespace', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['en', ...TRANSLATIONS.sort()]);
    for (const code of TRANSLATIONS) expect(readdirSync(new URL(`${code}/`, LOCALES)).sort()).toEqual([...NAMESPACES, 'language'].map((n) => `${n}.json`).sort());
  });

  for (const code of TRANSLATIONS) {
    describe(code, () => {
      for (const namespace of NAMESPACES) {
        it(`${namespace}: has every key of English with exactly its params`, () => {
          const english = messages(ENGLISH[namespace]!);
          const translated = messages(catalogueOf(code, namespace));
          expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
          for (const [key, params] of english) expect(translated.get(key), `${namespace}:${key}`).toEqual(params);
        });

        it(`${namespace}: has the plural forms the language needs, and no empty or untrimmed strings`, () => {
          const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories.filter((c) => c === 'one' || c === 'other');
          const flat = flatten(catalogueOf(code, namespace));
          for (const [key, text] of flat) {
            expect(text.trim(), key).not.toBe('');
            // Terms are pieces of sentences: the spacing around them may be the language's.
            if (namespace !== 'terms') expect(text, key).toBe(text.trim());
            const base = key.replace(PLURAL, '');
            if (base !== key) for (const category of categories) expect(flat.has(`${base}_${category}`), `${key}: ${category}`).toBe(true);
          }
        });
      }

      it('keeps product names and protocol names as they are', () => {
        const english = flatten(ENGLISH.ui!);
        const flat = flatten(catalogueOf(code, 'ui'));
        for (const [key, source] of english) {
          const text = flat.get(key)!;
          for (const name of ['Trunkline', 'Lync', 'SBC', 'IP-PBX', 'FQDN', 'TLS', 'TCP', 'SRTP', 'REFER', 'RTCP', 'JSON', 'PNG', 'SVG']) {
            if (new RegExp(`\\b${name}\\b`).test(source)) expect(text, key).toContain(name);
          }
        }
      });
    });
  }

  it('finds a translation that lacks a param', () => {
    expect(messages({ a: 'x {{b}}' }).get('a')).toEqual(['b']);
    expect(messages({ a_one: 'x', a_other: '{{count}} {{b, number}}' }).get('a')).toEqual(['b', 'count']);
  });
});

describe('the language list', () => {
  it('is the folders of locales/, English first, each named in itself', () => {
    expect(LANGUAGES[0]).toEqual({ code: 'en', name: 'English', tag: 'en' });
    expect(LANGUAGES.find((l) => l.code === 'zh')).toEqual({ code: 'zh', name: '中文', tag: 'zh-Hans' });
  });

  it('shows a new folder in the picker with no other change', () => {
    const folders = {
      ...import.meta.glob('./locales/*/language.json', { eager: true, import: 'default' }),
      ...import.meta.glob('./fixtures/locales/*/language.json', { eager: true, import: 'default' }),
    };
    const languages = languagesOf(folders);
    expect(languages.map((l) => l.code)).toEqual(['en', ...[...LANGUAGES.slice(1).map((l) => l.code), 'xx'].sort()]);
    expect(languages.find((l) => l.code === 'xx')).toEqual({ code: 'xx', name: 'Xenese', tag: 'xx' });
  });
});

describe('plurals', () => {
  afterAll(() => initI18n('en'));

  for (const code of ['es', 'fr', 'pt', 'it']) {
    it(`${code}: one and other differ, and large counts stay in ${code}`, async () => {
      const i18n = await initI18n(code);
      const ui = flatten(catalogueOf(code, 'ui'));
      const text = (form: 'one' | 'other', count: number) => ui.get(`problems.errors_${form}`)!.replace('{{count}}', String(count));
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

  it('zh: one form for every count', async () => {
    const i18n = await initI18n('zh');
    expect(i18n.t('problems.errors', { count: 1 })).toBe('1 个错误');
    expect(i18n.t('problems.errors', { count: 5 })).toBe('5 个错误');
  });

  it('en is unchanged', async () => {
    const i18n = await initI18n('en');
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

  it('initI18n without a language uses the detected one', async () => {
    browser(['fr-CA', 'en']);
    expect((await initI18n()).language).toBe('fr');
    expect((await initI18n('en')).language).toBe('en');
  });
});
