import type { TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import type { PayloadRequest, PopulateType, SelectType, TypedLocale } from 'payload'

type Options = { locale?: TypedLocale | 'all'; depth?: number; select?: SelectType; populate?: PopulateType }

/**
 * The one document published with `slug` in `locale`, read with the rights of whoever asks, or null.
 * The explicit `_status` matters for signed-in readers, whom access alone would show drafts. The REST
 * look-up (endpoints/bySlug.ts) and the GraphQL ones (graphql/bySlugQueries.ts) both read through this.
 */
export async function findPublishedBySlug(req: PayloadRequest, collection: TranslatedCollection, slug: string, { locale, depth, select, populate }: Options) {
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    locale,
    fallbackLocale: req.fallbackLocale,
    depth,
    select,
    populate,
    draft: false,
    limit: 1,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return docs[0] ?? null
}
