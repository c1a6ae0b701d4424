import type { CollectionSlug, FieldHook, PayloadRequest, TextField, Where } from 'payload'
import { requestLocale } from '../utilities/requestLocale'
import { slugify, slugPattern } from '../utilities/slugify'

type SlugSource = (args: { data: Record<string, unknown>; req: PayloadRequest }) => string | Promise<string>

type SlugOptions = {
  collection: CollectionSlug
  /** The text a missing slug is derived from, in the locale being saved. */
  from: SlugSource
  localized?: boolean
}

async function isTaken(collection: CollectionSlug, slug: string, req: PayloadRequest, id?: number | string) {
  const where: Where = id ? { and: [{ slug: { equals: slug } }, { id: { not_equals: id } }] } : { slug: { equals: slug } }
  // `req` keeps the query inside the running transaction (SQLite has one writer).
  const { totalDocs } = await req.payload.count({ collection, where, locale: requestLocale(req), req, overrideAccess: true })
  return totalDocs > 0
}

/** A slug field, unique per locale, filled from `from` when the editor leaves it empty. */
export function slugField({ collection, from, localized = true }: SlugOptions): TextField {
  const fill: FieldHook = async ({ value, data, req }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    if (!data) return value
    const source = await from({ data, req })
    return source ? slugify(source) : value
  }
  return {
    name: 'slug',
    type: 'text',
    localized,
    index: true,
    required: true,
    admin: { position: 'sidebar', description: 'Generated from the title when left empty; lowercase ASCII.' },
    hooks: { beforeValidate: [fill] },
    validate: async (value, { req, id }) => {
      if (typeof value !== 'string' || !slugPattern.test(value)) {
        return 'The slug may only contain lowercase letters, digits and single hyphens.'
      }
      if (await isTaken(collection, value, req, id)) return `The slug "${value}" is already used in this language.`
      return true
    },
  }
}
