import type { Locale } from '@stadtmacher/domain/locales'
import type { PartnershipPage } from '../types/content'
import type { EmbedPartnership } from '../types/embed'
import { sectionPath } from './sections'

/** How many TERRAIN profiles the widget lists. */
export const embedTerrainLimit = 3

/** The widget's view of a partnership page: absolute links on `siteUrl`, the newest TERRAIN profiles only. */
export function toEmbedPartnership(page: PartnershipPage, lang: Locale, siteUrl: string): EmbedPartnership {
  const absolute = (path: string) => new URL(path, siteUrl).href
  return {
    lang,
    title: page.title,
    germanCity: page.germanCity.name,
    chineseCity: page.chineseCity.name,
    since: page.since,
    kind: page.kind,
    url: absolute(sectionPath('partnerships', lang, page.slug)),
    terrain: page.terrain.slice(0, embedTerrainLimit).map((card) => ({ title: card.title, url: absolute(sectionPath('terrain', lang, card.slug)) })),
  }
}
