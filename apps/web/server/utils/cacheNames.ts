import type { TranslatedCollection } from '@stadtmacher/domain/documentTypes'

// Names and keys of the cached BFF handlers, grouped by the collection whose changes make them stale.
export const cacheNames = {
  home: 'home',
  partnershipList: 'partnership-list',
  partnershipMap: 'partnership-map',
  partnership: 'partnership',
  terrainList: 'terrain-list',
  terrain: 'terrain',
  authorList: 'author-list',
  author: 'author',
  feed: 'feed',
  sitemap: 'sitemap',
  search: 'search',
} as const

export type CacheName = (typeof cacheNames)[keyof typeof cacheNames]

/** A cached handler's key from its parts. Keys may only hold word characters (Nitro strips the rest), so hyphens become underscores. */
export const cacheKey = (...parts: (string | number | undefined)[]) =>
  parts.map((part) => String(part ?? '').replace(/\W/g, '_')).join('__')

/** The handlers that show data from each collection; the purge webhook clears them. */
export const cachesByCollection: Record<TranslatedCollection, CacheName[]> = {
  partnerships: ['home', 'partnership-list', 'partnership-map', 'partnership', 'terrain', 'sitemap', 'search'],
  terrain: ['home', 'terrain-list', 'terrain', 'partnership', 'author', 'feed', 'sitemap', 'search'],
  authors: ['author-list', 'author', 'terrain', 'sitemap', 'search'],
}

/**
 * Nitro's cache keys under the `cache` mount: <group>:<name>:<key>.json (nitropack runtime/internal/cache).
 * Rendered pages (route rules `swr`) are `routes`, cached handlers `handlers`, cached functions `functions`.
 */
export const cacheGroups = { pages: 'nitro:routes:', handlers: 'nitro:handlers:', functions: 'nitro:functions:' } as const

/** Shared options of the BFF's cached handlers: served stale while revalidating, never caching errors. */
export const swrOptions = { swr: true, maxAge: 60, staleMaxAge: -1 } as const
