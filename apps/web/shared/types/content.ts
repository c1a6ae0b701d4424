// The shapes the BFF hands to pages: projections of the generated CMS types, never copies of them.
import type { DocumentLocales } from '@stadtmacher/domain/documentLocales'
import type { Author, City, Partnership, Terrain, Topic } from '@stadtmacher/types'
import type { Paged } from '../utils/pagination'

export type RichTextState = NonNullable<Terrain['body']>

/** A responsive image with everything `<img>` needs: no layout shift, localized alt. */
export type ImageView = { src: string; srcset: string; width: number; height: number; alt: string }

export type TopicRef = Pick<Topic, 'name' | 'slug'>
export type CityRef = Pick<City, 'name' | 'region' | 'slug'>

export type PartnershipCard = Pick<Partnership, 'id' | 'title' | 'slug' | 'since' | 'kind'> & {
  germanCity: CityRef
  chineseCity: CityRef
  topics: TopicRef[]
}

export type TerrainCard = Pick<Terrain, 'id' | 'title' | 'teaser' | 'slug' | 'kind' | 'date' | 'period'> & { hero: ImageView | null }

export type AuthorCard = Pick<Author, 'id' | 'name' | 'slug' | 'role'> & { portrait: ImageView | null }

export type { DocumentLocales }

export type PartnershipPage = PartnershipCard &
  Pick<Partnership, 'summary' | 'links' | 'source'> & { terrain: TerrainCard[]; translations: DocumentLocales }

export type TerrainPage = TerrainCard &
  Pick<Terrain, 'body'> & {
    authors: AuthorCard[]
    partnerships: PartnershipCard[]
    ogImage: string | null
    translations: DocumentLocales
  }

export type AuthorPage = AuthorCard & Pick<Author, 'biography'> & { terrain: TerrainCard[]; translations: DocumentLocales }

export type PartnershipFilterOptions = { states: string[]; provinces: string[]; topics: TopicRef[]; years: { first: number; last: number } | null }
export type PartnershipList = Paged<PartnershipCard> & { options: PartnershipFilterOptions }

export type TerrainList = { docs: TerrainCard[]; page: number; totalPages: number; totalDocs: number; topics: TopicRef[] }

export type HomeFigures = {
  total: number
  official: number
  project: number
  oldest: Pick<PartnershipCard, 'title' | 'slug' | 'since'> | null
}
export type HomeData = { figures: HomeFigures; latest: TerrainCard[] }
