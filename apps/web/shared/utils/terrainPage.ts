import type { Author, Partnership, Terrain } from '@stadtmacher/types'
import type { TerrainPage, DocumentLocales } from '../types/content'
import { populatedList, toAuthorCard, toPartnershipCard, toTerrainCard } from './cardProjections'
import { siteMediaUrl } from './imageView'

/**
 * What a TERRAIN page shows, from the profile as the CMS returns it (depth 2: authors, hero, related
 * partnerships with their cities). The public page and the live preview both render this. The page shows
 * no topics, so they are neither read nor populated (issue 7).
 */
export function toTerrainPage(doc: Terrain, translations: DocumentLocales): TerrainPage {
  const hero = typeof doc.hero === 'object' ? doc.hero : null
  return {
    ...toTerrainCard(doc),
    body: doc.body ?? null,
    authors: populatedList<Author>(doc.authors).map(toAuthorCard),
    partnerships: populatedList<Partnership>(doc.partnerships).map(toPartnershipCard),
    ogImage: siteMediaUrl(hero?.sizes?.og?.url),
    translations,
  }
}

/** Whether a value from the CMS is a TERRAIN profile the page can render (not an error answer). */
export function isTerrainDoc(value: unknown): value is Terrain {
  const doc = value as Partial<Terrain> | null
  return typeof doc === 'object' && doc !== null && typeof doc.id === 'string' && typeof doc.kind === 'string'
}
