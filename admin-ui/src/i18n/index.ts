import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './locales/en'
import fr from './locales/fr'
import it from './locales/it'

export const LANGUAGES = ['en', 'fr', 'it'] as const
export type Language = (typeof LANGUAGES)[number]

export const LANGUAGE_STORAGE_KEY = 'panicbutton.language'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
  } catch {
    return null // storage disabled (private mode, sandboxed frame)
  }
}

/** The stored choice, else the browser's preferred languages, else English. */
export function detectLanguage(): Language {
  const stored = storedLanguage()
  if (isLanguage(stored)) return stored
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language]
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return 'en'
}

function persist(language: string) {
  document.documentElement.lang = language
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // not persisted: the choice lasts until the page is reloaded
  }
}

/** A ready (synchronously initialised) i18next instance with the EN/FR/IT resources. */
export function createI18n(language: Language = detectLanguage()): I18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    resources: { en: { translation: en }, fr: { translation: fr }, it: { translation: it } },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  })
  document.documentElement.lang = language
  instance.on('languageChanged', persist)
  return instance
}
