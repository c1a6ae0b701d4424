import type { Locale } from '@stadtmacher/config/locales'

export type DocumentKind = 'partnership' | 'terrain' | 'author'

const apiPaths: Record<DocumentKind, string> = { partnership: 'partnerships', terrain: 'terrain', author: 'authors' }
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
  return { key: `${kind}:${locale}:${slug}`, url: `/api/${apiPaths[kind]}/${encodeURIComponent(slug)}`, query: { locale } }
}
