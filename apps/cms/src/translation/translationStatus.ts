import { defaultLocale, locales, type Locale } from '@stadtmacher/domain/locales'

/** When each locale's own text was last changed (ISO timestamps); a locale never written is absent. */
export type LocaleEdits = Partial<Record<Locale, string>>

export type TranslationStatus = 'missing' | 'outdated' | 'complete'

/**
 * German is the source. A translation is missing until its locale has been written, outdated when the
 * German text changed after it was last saved, and complete otherwise.
 */
export function translationStatus(edits: LocaleEdits | null | undefined, locale: Locale): TranslationStatus {
  const own = edits?.[locale]
  if (!own) return 'missing'
  if (locale === defaultLocale) return 'complete'
  const source = edits?.[defaultLocale]
  return source && source > own ? 'outdated' : 'complete'
}

/** The status of every locale of one document. */
export function translationStatuses(edits: LocaleEdits | null | undefined): Record<Locale, TranslationStatus> {
  return Object.fromEntries(locales.map((locale) => [locale, translationStatus(edits, locale)])) as Record<Locale, TranslationStatus>
}
