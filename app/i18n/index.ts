// i18next set up with the message catalogues; English is the source, a missing key falls back to it.
// The language is the one chosen in the toolbar (remembered in localStorage), else the browser's first
// supported one, else English. Rule messages, refusals and the problems of a refused file or share link
// (`fileProblems`, with the `terms` their sentences use): English from app/domain, others from rules/.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Catalogue } from './en.ts';
import { es } from './es.ts';
import { pt } from './pt.ts';
import { zh } from './zh.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ruleMessages } from './rules/index.ts';
import { problemMessages, problemTerms } from './rules/problems.ts';
import { refusalMessages } from './rules/refusals.ts';

/** The languages, each named in itself; `tag` is the BCP 47 tag for the page's lang attribute. */
export const LANGUAGES = [
  { code: 'en', name: 'English', tag: 'en' },
  { code: 'es', name: 'Español', tag: 'es' },
  { code: 'pt', name: 'Português', tag: 'pt-BR' },
  { code: 'zh', name: '中文', tag: 'zh-Hans' },
  { code: 'fr', name: 'Français', tag: 'fr' },
  { code: 'it', name: 'Italiano', tag: 'it' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_KEY = 'trunkline.language';

const CATALOGUES: Record<LanguageCode, Catalogue> = { en, es, pt, zh, fr, it };

type Messages = { [key: string]: string | Messages };

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

/** What only the translations hold: English writes these sentences in app/domain. */
function domainMessages(code: LanguageCode): Messages {
  if (code === 'en') return {};
  return {
    rules: ruleMessages(code),
    refusals: refusalMessages[code],
    fileProblems: withManyForms(code, problemMessages[code]),
    terms: problemTerms[code],
  };
}

const RESOURCES = Object.fromEntries(
  LANGUAGES.map(({ code }) => [code, { translation: { ...withManyForms(code, CATALOGUES[code]), ...domainMessages(code) } }]),
);

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

/** Sets up i18next in `language`, or in the detected language when none is given. */
export function initI18n(language?: string) {
  const lng = language === undefined ? detectLanguage() : (supportedLanguage(language) ?? 'en');
  i18next.off('languageChanged', syncDocumentLanguage);
  i18next.on('languageChanged', syncDocumentLanguage);
  void i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; labels are always text.
    returnNull: false,
  });
  syncDocumentLanguage(lng);
  return i18next;
}

/** Switches the interface to `code` and remembers the choice for the next visit. */
export function setLanguage(code: LanguageCode) {
  try {
    localStorage.setItem(LANGUAGE_KEY, code);
  } catch {
    // Remembering the language is a nicety; failing to is not worth a notice.
  }
  return i18next.changeLanguage(code);
}
