import { translatedCollections, translatedType, type TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import type { Locale } from '@stadtmacher/domain/locales'
import type { DocumentLocales } from '@stadtmacher/domain/documentLocales'

/** The site's sections: one per translated collection, with its list and its document pages. */
export type Section = TranslatedCollection

/** Each section's URL segment in each language (declared with the document types); routes, sitemap and feeds read it. */
export const sectionSegments = Object.fromEntries(translatedCollections.map((section) => [section, translatedType(section).segment])) as Record<Section, Record<Locale, string>>

/** Pages outside the sections (no documents of their own) and their URL segment in each language. */
export const pageSegments = {
  map: { de: 'karte', en: 'map', zh: 'ditu' },
  search: { de: 'suche', en: 'search', zh: 'sousuo' },
} as const satisfies Record<string, Record<Locale, string>>

/** Path of a section list, or of one document in it, without origin: `/de/partnerschaften/hamburg-shanghai`. */
export function sectionPath(section: Section, locale: Locale, slug?: string): string {
  const base = `/${locale}/${sectionSegments[section][locale]}`
  return slug ? `${base}/${encodeURIComponent(slug)}` : base
}

/**
 * The path of a document page in each locale it exists in, from its translated slugs: for hreflang links and
 * the language switcher. Built here rather than with @nuxtjs/i18n's localePath, which resolves each path
 * through Vue Router (the same result: i18nPages below gives i18n these segments).
 */
export function documentPaths(section: Section, translations: DocumentLocales | undefined): Partial<Record<Locale, string>> {
  const slugs = Object.entries(translations?.slugs ?? {}) as [Locale, string][]
  return Object.fromEntries(slugs.map(([locale, slug]) => [locale, sectionPath(section, locale, slug)]))
}

/** The `pages` option of @nuxtjs/i18n: translated paths for each section's list and detail page, and the other pages. */
type LocalePaths = Record<Locale, `/${string}`>

export function i18nPages(): Record<string, LocalePaths> {
  const pages: Record<string, LocalePaths> = {}
  for (const section of translatedCollections) {
    const segments = sectionSegments[section]
    pages[`${section}/index`] = { de: `/${segments.de}`, en: `/${segments.en}`, zh: `/${segments.zh}` }
    pages[`${section}/[slug]`] = { de: `/${segments.de}/[slug]`, en: `/${segments.en}/[slug]`, zh: `/${segments.zh}/[slug]` }
  }
  for (const [page, segments] of Object.entries(pageSegments)) {
    pages[page] = { de: `/${segments.de}`, en: `/${segments.en}`, zh: `/${segments.zh}` }
  }
  return pages
}
