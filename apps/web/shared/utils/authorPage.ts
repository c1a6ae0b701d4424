import type { Author } from '@stadtmacher/types'
import type { AuthorPage, TerrainCard, DocumentLocales } from '../types/content'
import { toAuthorCard } from './cardProjections'

/** What an author page shows, from the author (depth 1) and their TERRAIN profiles. */
export function toAuthorPage(doc: Author, terrain: TerrainCard[], translations: DocumentLocales): AuthorPage {
  return { ...toAuthorCard(doc), biography: doc.biography ?? null, terrain, translations }
}

/** Whether a value from the CMS is an author the page can render (not an error answer). */
export function isAuthorDoc(value: unknown): value is Author {
  const doc = value as Partial<Author> | null
  return typeof doc === 'object' && doc !== null && typeof doc.id === 'string' && typeof doc.name === 'string'
}
