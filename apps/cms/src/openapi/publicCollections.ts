import type { CollectionSlug } from 'payload'

export type PublicCollection = {
  slug: CollectionSlug
  /** The schema name, the same as the GraphQL type. */
  name: string
  description: string
}

/** What the public read API offers; the order is the order of the OpenAPI tags. */
export const publicCollections: PublicCollection[] = [
  { slug: 'partnerships', name: 'Partnership', description: 'City partnerships between a German and a Chinese city (official or project).' },
  { slug: 'cities', name: 'City', description: 'German and Chinese cities with region and coordinates.' },
  { slug: 'terrain', name: 'TerrainProfile', description: 'TERRAIN: profiles of cooperation projects, essays, event reports and academies.' },
  { slug: 'authors', name: 'Author', description: 'The authors of TERRAIN profiles.' },
  { slug: 'topics', name: 'Topic', description: 'Topics such as climate or education that partnerships and profiles are tagged with.' },
  { slug: 'media', name: 'Media', description: 'Images with localized alt text; `sizes` holds the WebP renditions.' },
]

/** The schema name of a collection, or null when the API does not expose it. */
export const schemaNameOf = (slug: string): string | null => publicCollections.find((c) => c.slug === slug)?.name ?? null
