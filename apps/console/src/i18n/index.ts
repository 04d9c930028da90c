import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './locales/de';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { it } from './locales/it';
import { ja } from './locales/ja';

export const LANGUAGES = { en: 'English', fr: 'Français', de: 'Deutsch', es: 'Español', it: 'Italiano', ja: '日本語' } as const;
export type Language = keyof typeof LANGUAGES;

/** The language stays with the tab (like the token); a shared counter PC starts in the browser's language. */
const KEY = 'console.language';

function initialLanguage(): Language {
  const saved = sessionStorage.getItem(KEY);
  if (saved && saved in LANGUAGES) return saved as Language;
  const nav = navigator.language.slice(0, 2);
  return nav in LANGUAGES ? (nav as Language) : 'en';
}

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: en },
    fr: { translation: fr },
    de: { translation: de },
    es: { translation: es },
    it: { translation: it },
    ja: { translation: ja },
  },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18next.on('languageChanged', (lng) => {
  sessionStorage.setItem(KEY, lng);
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18next.language;

export default i18next;
