import type { Partnership } from '@stadtmacher/types'
import type { PartnershipPage, TerrainCard, DocumentLocales } from '../types/content'
import { toPartnershipCard } from './cardProjections'

/** What a partnership page shows, from the partnership (depth 1) and the TERRAIN profiles about it. */
export function toPartnershipPage(doc: Partnership, terrain: TerrainCard[], translations: DocumentLocales): PartnershipPage {
  return { ...toPartnershipCard(doc), summary: doc.summary ?? null, links: doc.links ?? [], source: doc.source ?? null, terrain, translations }
}

/** Whether a value from the CMS is a partnership the page can render (not an error answer). */
export function isPartnershipDoc(value: unknown): value is Partnership {
  const doc = value as Partial<Partnership> | null
  return typeof doc === 'object' && doc !== null && typeof doc.id === 'string' && typeof doc.kind === 'string'
}
