// The ids of documents an earlier writer process created, found by their planned slugs: TERRAIN is
// written by several short-lived processes (see data/cache.ts), and each needs the ids of the topics,
// cities, authors and partnerships it refers to, indexed like the plan.
import type { CollectionSlug, Payload } from 'payload'
import { authorAt, cityCounts, cityOf, topicAt } from './plan'
import type { DataSizes } from './sizes'

export type WrittenIds = { topics: string[]; german: string[]; chinese: string[]; authors: string[]; partnerships: string[] }

async function idsBySlug(payload: Payload, collection: CollectionSlug, slugs: string[]): Promise<string[]> {
  const { docs } = await payload.find({ collection, where: { slug: { in: slugs } }, locale: 'de', depth: 0, pagination: false, draft: true, overrideAccess: true, select: { slug: true } })
  const bySlug = new Map(docs.map((doc) => [String((doc as { slug?: unknown }).slug), String(doc.id)]))
  return slugs.map((slug) => {
    const id = bySlug.get(slug)
    if (!id) throw new Error(`${collection} "${slug}" was not written`)
    return id
  })
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i)

export async function lookupIds(payload: Payload, sizes: DataSizes, seed: number, partnershipSlugs: string[]): Promise<WrittenIds> {
  const counts = cityCounts(sizes)
  return {
    topics: await idsBySlug(payload, 'topics', range(sizes.topics).map((i) => topicAt(i).slug)),
    german: await idsBySlug(payload, 'cities', range(counts.DE).map((i) => cityOf(seed, 'DE', i).slug.de)),
    chinese: await idsBySlug(payload, 'cities', range(counts.CN).map((i) => cityOf(seed, 'CN', i).slug.de)),
    authors: await idsBySlug(payload, 'authors', range(sizes.authors).map((i) => authorAt(seed, i).slug)),
    partnerships: await idsBySlug(payload, 'partnerships', partnershipSlugs),
  }
}
