import type { Locale } from '@stadtmacher/config/locales'
import type { Translations } from '#shared/types/content'

/** Gives @nuxtjs/i18n the document's slug in each locale, so `switchLocalePath` keeps the reader on it. */
export function useDocumentTranslations(translations: () => Translations | undefined) {
  const setI18nParams = useSetI18nParams()
  const apply = () => {
    const slugs = translations()?.slugs ?? {}
    setI18nParams(Object.fromEntries((Object.entries(slugs) as [Locale, string][]).map(([code, slug]) => [code, { slug }])))
  }
  apply()
  watch(translations, apply)
}
