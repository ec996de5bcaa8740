// i18next set up with the catalogues of locales/<lng>/ (ui, rules, problems, refusals, terms); English is the
// source, and a missing key falls back to it. English's ui catalogue is in the first download, and its domain
// namespaces are built from app/domain's declarations (catalogue.ts); the English of the rules comes with the
// rules, after the first paint (ui/checkEngine.ts); other languages load when chosen.
// The language is the one chosen in the toolbar (remembered in localStorage), else the browser's first
// supported one, else English. A language is a folder of locales/ with its own language.json.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { englishMessagesButRules, type Messages } from './catalogue.ts';
import englishUi from './locales/en/ui.json';
import { addFormats } from './render.ts';

export interface Language {
  code: string;
  /** The language's name in itself, for the picker. */
  name: string;
  /** BCP 47 tag for the page's lang attribute. */
  tag: string;
}

type Loader = () => Promise<unknown>;

/** Every folder of locales/ with its language.json, English first, then by code. */
export function languagesOf(descriptions: Record<string, unknown>): Language[] {
  return Object.entries(descriptions)
    .map(([path, description]) => ({ code: path.split('/').at(-2) ?? '', ...(description as { name: string; tag: string }) }))
    .sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export const LANGUAGES: readonly Language[] = languagesOf(import.meta.glob('./locales/*/language.json', { eager: true, import: 'default' }));

export type LanguageCode = string;

export const LANGUAGE_KEY = 'trunkline.language';

/** The catalogues of each language, loaded on demand (Vite makes each file its own chunk). */
const LOADERS: Record<string, Loader> = import.meta.glob(['./locales/*/*.json', '!./locales/*/language.json', '!./locales/en/ui.json'], {
  import: 'default',
});

/**
 * i18next asks for the plural category Intl.PluralRules gives: Spanish, French, Italian and Portuguese
 * have a `many` form (a million and more), and a missing `_many` key falls back to English, not to the
 * language's `_other`. The catalogues have English's keys only, so `_other` stands in for `_many`: the count
 * is written as digits, for which `_other` is the right text.
 */
function withManyForms(code: string, messages: Messages): Messages {
  if (!new Intl.PluralRules(code).resolvedOptions().pluralCategories.includes('many')) return messages;
  const copy: Messages = {};
  for (const [key, value] of Object.entries(messages)) {
    copy[key] = typeof value === 'string' ? value : withManyForms(code, value);
    const base = key.endsWith('_other') ? key.slice(0, -'_other'.length) : null;
    if (base !== null && typeof value === 'string' && !(`${base}_many` in messages)) copy[`${base}_many`] = value;
  }
  return copy;
}

const loaded = new Set<string>(['en']);

/** The English of the rules, once they have loaded (ui/checkEngine.ts). */
let englishRules: Messages | null = null;

/** Adds the rules' English, which comes with the rules: now, or at initI18n when i18next is not set up yet. */
export function addEnglishRules(messages: Messages): void {
  englishRules = messages;
  if (i18next.isInitialized) i18next.addResourceBundle('en', 'rules', messages, true, true);
}

/** Loads a language's catalogues into i18next, once. */
async function load(code: string): Promise<void> {
  if (loaded.has(code)) return;
  const prefix = `./locales/${code}/`;
  const files = Object.entries(LOADERS).filter(([path]) => path.startsWith(prefix));
  await Promise.all(
    files.map(async ([path, loadFile]) => {
      const namespace = path.slice(prefix.length, -'.json'.length);
      i18next.addResourceBundle(code, namespace, withManyForms(code, (await loadFile()) as Messages), true, true);
    }),
  );
  loaded.add(code);
}

/** The supported language a tag such as "pt-BR" or "fr" asks for, if any. */
export function supportedLanguage(tag: string | null | undefined): LanguageCode | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language.code === base)?.code;
}

/** The remembered choice, else the browser's first supported language, else English. */
export function detectLanguage(): LanguageCode {
  try {
    const stored = typeof localStorage === 'undefined' ? undefined : supportedLanguage(localStorage.getItem(LANGUAGE_KEY));
    if (stored) return stored;
  } catch {
    // Storage may be refused (privacy settings); the browser's languages still apply.
  }
  if (typeof navigator !== 'undefined') {
    const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
    for (const tag of tags) {
      const code = supportedLanguage(tag);
      if (code) return code;
    }
  }
  return 'en';
}

function syncDocumentLanguage(language: string) {
  if (typeof document === 'undefined') return;
  const code = supportedLanguage(language) ?? 'en';
  document.documentElement.lang = LANGUAGES.find((l) => l.code === code)?.tag ?? code;
}

/**
 * Sets up i18next in English at once, then switches to `language` (or the detected one) when its
 * catalogues have loaded; the promise resolves when the language is in place.
 */
export async function initI18n(language?: string) {
  const lng = language === undefined ? detectLanguage() : (supportedLanguage(language) ?? 'en');
  i18next.off('languageChanged', syncDocumentLanguage);
  i18next.on('languageChanged', syncDocumentLanguage);
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { ui: englishUi, ...englishMessagesButRules(), ...(englishRules && { rules: englishRules }) } },
      lng: 'en',
      fallbackLng: 'en',
      ns: ['ui', 'rules', 'problems', 'refusals', 'terms'],
      defaultNS: 'ui',
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes; labels are always text.
      returnNull: false,
    });
    addFormats(i18next);
  }
  await load(lng);
  await i18next.changeLanguage(lng);
  syncDocumentLanguage(lng);
  return i18next;
}

/** Switches the interface to `code`, loading its catalogues first, and remembers the choice for the next visit. */
export async function setLanguage(code: LanguageCode) {
  try {
    localStorage.setItem(LANGUAGE_KEY, code);
  } catch {
    // Remembering the language is a nicety; failing to is not worth a notice.
  }
  await load(code);
  return i18next.changeLanguage(code);
}
