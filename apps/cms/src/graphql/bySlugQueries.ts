import type { CollectionSlug, GraphQLExtension, PayloadRequest, TypedLocale, Where } from 'payload'

/** The collections a partner looks up by slug; the query is named after the GraphQL type. */
export const bySlugCollections = ['partnerships', 'terrain', 'authors'] as const satisfies CollectionSlug[]

type BySlugArgs = { slug: string; locale?: TypedLocale; fallbackLocale?: TypedLocale | 'none' }

const publishedWithSlug = (slug: string): Where => ({ and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] })

/**
 * `PartnershipBySlug(slug, locale, fallbackLocale)`, `TerrainProfileBySlug` and `AuthorBySlug`: the one
 * published document with that slug in that locale, or null. GraphQL has no look-up by slug of its own.
 */
export const bySlugQueries: GraphQLExtension = (graphQL, { collections, types }) =>
  Object.fromEntries(
    bySlugCollections.map((slug) => {
      const type = collections[slug]?.graphQL?.type
      if (!type) throw new Error(`The collection ${slug} has no GraphQL type.`)
      const resolve = async (_source: unknown, args: BySlugArgs, { req }: { req: PayloadRequest }) => {
        // Nested relationship fields read the locale from the request, as after Payload's own queries.
        if (args.locale) req.locale = args.locale
        if (args.fallbackLocale) req.fallbackLocale = args.fallbackLocale
        const found = await req.payload.find({
          collection: slug,
          where: publishedWithSlug(args.slug),
          locale: req.locale ?? undefined,
          fallbackLocale: req.fallbackLocale,
          draft: false,
          depth: 0,
          limit: 1,
          pagination: false,
          overrideAccess: false,
          req,
        })
        return found.docs[0] ?? null
      }
      const args = {
        slug: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLString) },
        ...(types.localeInputType ? { locale: { type: types.localeInputType } } : {}),
        ...(types.fallbackLocaleInputType ? { fallbackLocale: { type: types.fallbackLocaleInputType } } : {}),
      }
      return [`${type.name}BySlug`, { type, args, resolve }]
    }),
  )
