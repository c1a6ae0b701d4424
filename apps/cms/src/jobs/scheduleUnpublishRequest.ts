import { isLocale, locales, type Locale } from '@stadtmacher/domain/locales'
import { isTranslatedCollection, translatedCollections, type TranslatedCollection } from '@stadtmacher/domain/documentTypes'

export type ScheduleUnpublishRequest = { collection: TranslatedCollection; id: string; locale: Locale; at: Date }
export type ScheduleUnpublishError = { field: string; message: string }

/** The error for a collection whose locales are not published one by one. */
export const collectionError: ScheduleUnpublishError = { field: 'collection', message: `The collection must be one of ${translatedCollections.join(', ')}.` }

/** Reads and checks the body of POST /api/scheduled-unpublish; an error names the field at fault. */
export function parseScheduleUnpublish(body: unknown): ScheduleUnpublishRequest | ScheduleUnpublishError {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { field: 'body', message: 'The body must be a JSON object.' }
  const { collection, id, locale, at } = body as Record<string, unknown>
  if (!isTranslatedCollection(collection)) return collectionError
  if (typeof id !== 'string' || !id || id.length > 100) return { field: 'id', message: 'The id must be the id of a document (a string).' }
  if (typeof locale !== 'string' || !isLocale(locale)) return { field: 'locale', message: `The locale must be one of ${locales.join(', ')}.` }
  const time = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(at) ? new Date(at) : null
  if (!time || Number.isNaN(time.getTime())) return { field: 'at', message: 'The time must be an ISO 8601 date and time, e.g. 2027-01-31T09:00:00Z.' }
  return { collection, id, locale, at: time }
}

export const isScheduleUnpublishError = (value: ScheduleUnpublishRequest | ScheduleUnpublishError): value is ScheduleUnpublishError => 'field' in value
