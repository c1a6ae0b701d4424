import { isTranslatedCollection } from '@stadtmacher/domain/documentTypes'
import type { Locale } from '@stadtmacher/domain/locales'
import type { Section } from '#shared/utils/sections'

/** The section whose document a route shows, from its base name (`terrain-slug`), or undefined for other pages. */
export function documentSectionOfRoute(routeBaseName: string | undefined): Section | undefined {
  const section = routeBaseName?.match(/^(.+)-slug$/)?.[1]
  return isTranslatedCollection(section) ? section : undefined
}

/**
 * Key and BFF URL of one document in one locale. The page and the language switcher both use them, so
 * they share one request and one payload entry. The BFF route has the section's name.
 */
export function documentRequest(section: Section, locale: Locale, slug: string) {
  return { key: `${section}:${locale}:${slug}`, url: `/api/${section}/${encodeURIComponent(slug)}`, query: { locale } }
}
