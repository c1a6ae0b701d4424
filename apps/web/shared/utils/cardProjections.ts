import type { Author, City, Partnership, Terrain, Topic } from '@stadtmacher/types'
import type { AuthorCard, CityRef, PartnershipCard, TerrainCard, TopicRef } from '../types/content'
import { toImageView } from './imageView'

const populated = <T extends object>(value: unknown): value is T => !!value && typeof value === 'object'

/** Only the relations the CMS populated (depth ≥ 1); bare ids are dropped. */
export function populatedList<T extends object>(values: unknown): T[] {
  return Array.isArray(values) ? values.filter((value): value is T => populated<T>(value)) : []
}

export function toCityRef(city: unknown): CityRef {
  const doc = populated<City>(city) ? city : null
  return { name: doc?.name ?? '', region: doc?.region ?? '', slug: doc?.slug ?? '' }
}

export function toTopicRef(topic: Topic): TopicRef {
  return { name: topic.name, slug: topic.slug }
}

export function toPartnershipCard(doc: Partnership): PartnershipCard {
  return {
    id: doc.id,
    title: doc.title,
    slug: doc.slug,
    since: doc.since,
    kind: doc.kind,
    germanCity: toCityRef(doc.germanCity),
    chineseCity: toCityRef(doc.chineseCity),
    topics: populatedList<Topic>(doc.topics).map(toTopicRef),
  }
}

export function toTerrainCard(doc: Terrain): TerrainCard {
  return {
    id: doc.id,
    title: doc.title,
    teaser: doc.teaser,
    slug: doc.slug,
    kind: doc.kind,
    date: doc.date ?? null,
    period: doc.period ?? null,
    hero: toImageView(doc.hero),
  }
}

export function toAuthorCard(doc: Author): AuthorCard {
  return { id: doc.id, name: doc.name, slug: doc.slug, role: doc.role ?? null, portrait: toImageView(doc.portrait, ['thumbnail']) }
}
