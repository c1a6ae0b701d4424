import { translatedCollections } from '@stadtmacher/domain/documentTypes'
import { defaultLocale, isLocale } from '@stadtmacher/domain/locales'
import type { GraphQLExtension, PayloadRequest, TypedLocale } from 'payload'
import { readerRequest } from '../publishing/readerRequest'
import { findPublished, resolveSlug } from '../slugs/resolveSlug'

type BySlugArgs = { slug: string; locale?: TypedLocale; fallbackLocale?: TypedLocale | 'none' }

/**
 * `PartnershipBySlug(slug, locale, fallbackLocale)`, `TerrainProfileBySlug` and `AuthorBySlug`: the
 * published document that the slug names in that locale, or null, resolved as the REST look-up does (a
 * German slug for an untranslated document; a slug it had before). GraphQL has no redirect, so an old slug
 * answers the document itself: a client that compares its `slug` with the one it asked for sees the move.
 */
export const bySlugQueries: GraphQLExtension = (graphQL, { collections, types }) =>
  Object.fromEntries(
    translatedCollections.map((collection) => {
      const type = collections[collection]?.graphQL?.type
      if (!type) throw new Error(`The collection ${collection} has no GraphQL type.`)
      const resolve = async (_source: unknown, args: BySlugArgs, { req }: { req: PayloadRequest }) => {
        // Nested relationship fields read the locale from the request, as after Payload's own queries.
        if (args.locale) req.locale = args.locale
        if (args.fallbackLocale) req.fallbackLocale = args.fallbackLocale
        const locale = isLocale(req.locale) ? req.locale : defaultLocale
        const reader = await readerRequest(req)
        const resolution = await resolveSlug(reader, collection, args.slug, { locale, depth: 0 })
        if (resolution.kind === 'found') return resolution.doc
        if (resolution.kind === 'moved') return findPublished(reader, collection, { id: { equals: resolution.id } }, { locale, depth: 0 })
        return null
      }
      const args = {
        slug: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLString) },
        ...(types.localeInputType ? { locale: { type: types.localeInputType } } : {}),
        ...(types.fallbackLocaleInputType ? { fallbackLocale: { type: types.fallbackLocaleInputType } } : {}),
      }
      return [`${type.name}BySlug`, { type, args, resolve }]
    }),
  )
