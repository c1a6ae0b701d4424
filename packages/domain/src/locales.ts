/** The content and UI languages of Stadtmacher, German first: it is the default and the fallback. */
export const locales = ['de', 'en', 'zh'] as const

/** One of the supported locale codes. */
export type Locale = (typeof locales)[number]

/** The locale every document is written in first and that others fall back to. */
export const defaultLocale: Locale = 'de'

/** The name of each locale in its own language, for language switchers and the admin. */
export const localeLabels: Record<Locale, string> = { de: 'Deutsch', en: 'English', zh: '中文' }

/** BCP 47 tags for `<html lang>` and hreflang. */
export const localeTags: Record<Locale, string> = { de: 'de-DE', en: 'en', zh: 'zh-Hans' }

/** Narrows an arbitrary string to a supported locale. */
export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
