// i18next set up with the one message catalogue; English first, others fall back to it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';

export const LANGUAGES = [{ code: 'en', name: 'English' }] as const;

export function initI18n(language = 'en') {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes; labels are always text.
    returnNull: false,
  });
  return i18next;
}
