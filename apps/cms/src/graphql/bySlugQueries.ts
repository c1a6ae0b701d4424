import { translatedCollections } from '@stadtmacher/domain/documentTypes'
import type { GraphQLExtension, PayloadRequest, TypedLocale } from 'payload'
import { findPublishedBySlug } from '../utilities/findPublishedBySlug'

type BySlugArgs = { slug: string; locale?: TypedLocale; fallbackLocale?: TypedLocale | 'none' }

/**
 * `PartnershipBySlug(slug, locale, fallbackLocale)`, `TerrainProfileBySlug` and `AuthorBySlug`: the one
 * published document with that slug in that locale, or null. GraphQL has no look-up by slug of its own.
 */
export const bySlugQueries: GraphQLExtension = (graphQL, { collections, types }) =>
  Object.fromEntries(
    translatedCollections.map((slug) => {
      const type = collections[slug]?.graphQL?.type
      if (!type) throw new Error(`The collection ${slug} has no GraphQL type.`)
      const resolve = async (_source: unknown, args: BySlugArgs, { req }: { req: PayloadRequest }) => {
        // Nested relationship fields read the locale from the request, as after Payload's own queries.
        if (args.locale) req.locale = args.locale
        if (args.fallbackLocale) req.fallbackLocale = args.fallbackLocale
        return findPublishedBySlug(req, slug, args.slug, { locale: req.locale ?? undefined, depth: 0 })
      }
      const args = {
        slug: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLString) },
        ...(types.localeInputType ? { locale: { type: types.localeInputType } } : {}),
        ...(types.fallbackLocaleInputType ? { fallbackLocale: { type: types.fallbackLocaleInputType } } : {}),
      }
      return [`${type.name}BySlug`, { type, args, resolve }]
    }),
  )
