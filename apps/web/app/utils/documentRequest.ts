import type { Locale } from '@stadtmacher/config/locales'
import type { Section } from '#shared/utils/sections'

export type DocumentKind = 'partnership' | 'terrain' | 'author'

/** The site section of each kind; its BFF route has the same name. */
export const documentSections: Record<DocumentKind, Section> = { partnership: 'partnerships', terrain: 'terrain', author: 'authors' }
const routeKinds: Record<string, DocumentKind> = { 'partnerships-slug': 'partnership', 'terrain-slug': 'terrain', 'authors-slug': 'author' }

/** The document kind a route shows, from its base name (`terrain-slug`), or undefined for other pages. */
export function documentKindOfRoute(routeBaseName: string | undefined): DocumentKind | undefined {
  return routeBaseName ? routeKinds[routeBaseName] : undefined
}

/**
 * Key and BFF URL of one document in one locale. The page and the language switcher both use them, so
 * they share one request and one payload entry.
 */
export function documentRequest(kind: DocumentKind, locale: Locale, slug: string) {
  return { key: `${kind}:${locale}:${slug}`, url: `/api/${documentSections[kind]}/${encodeURIComponent(slug)}`, query: { locale } }
}
