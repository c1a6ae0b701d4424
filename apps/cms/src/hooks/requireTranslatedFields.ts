import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { locales } from '@stadtmacher/domain/locales'
import { localizedFieldNames } from '../translation/localizedFields'

type ByLocale = Record<string, Record<string, unknown> | undefined>

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Publishing all locales at once (from the German editor) would publish a locale whose required fields
 * are still empty, and readers would get German fallback text under a Chinese address: Payload checks
 * required fields only in the locale being saved. This refuses such a publication, naming the locale
 * and the field, so that each locale is published only once it is written.
 */
export const requireTranslatedFields: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  // Payload passes the status of every locale only when all of them are being published at once.
  const publishingAll = data._status === 'published' && typeof originalDoc?._status === 'object' && originalDoc?._status !== null
  if (!publishingAll || !originalDoc?.id) return data
  const stored = await req.payload.findByID({ collection: collection.slug as 'terrain', id: originalDoc.id, locale: 'all', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true, req })
  const values = stored as unknown as Record<string, ByLocale>
  const errors = locales.flatMap((locale) =>
    localizedFieldNames(collection.fields, true)
      .filter((name) => isEmpty(locale === req.locale && name in data ? data[name] : values[name]?.[locale]))
      .map((name) => ({ path: name, message: `${name} is empty in ${locale}: fill it in before publishing ${locale}, or publish only the other languages.` })),
  )
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
