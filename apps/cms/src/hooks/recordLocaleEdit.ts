import type { CollectionBeforeChangeHook } from 'payload'
import { isLocale } from '@stadtmacher/domain/locales'
import { localizedFieldNames } from '../translation/localizedFields'
import type { LocaleEdits } from '../translation/translationStatus'

// Status and slug change without anyone rewriting the text; they do not make a translation newer.
const ignored = new Set(['_status', 'slug', 'previousSlugs'])

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The stored edit times. Read from the latest version, draft or not: with per-locale publishing, a
 * draft translation lives only in the versions while another locale is published from the main document.
 */
async function storedEdits(args: Parameters<CollectionBeforeChangeHook>[0]): Promise<LocaleEdits> {
  const { originalDoc, req, collection, operation } = args
  if (operation === 'create' || !originalDoc?.id) return {}
  const latest = await req.payload.findByID({ collection: collection.slug as 'terrain', id: originalDoc.id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
  return ((latest as { localeEdits?: LocaleEdits } | null)?.localeEdits ?? originalDoc.localeEdits ?? {}) as LocaleEdits
}

/** Remembers when the text of the locale being saved last changed: the basis of translation status. */
export const recordLocaleEdit: CollectionBeforeChangeHook = async (args) => {
  const { data, originalDoc, req, collection, operation } = args
  const locale = req.locale
  const stored = await storedEdits(args)
  if (!isLocale(locale)) return { ...data, localeEdits: stored }
  const names = localizedFieldNames(collection.fields).filter((name) => !ignored.has(name))
  const changed = operation === 'create' || names.some((name) => name in data && !same(data[name], originalDoc?.[name]))
  // Whatever a client sent for localeEdits is replaced: only this hook writes it.
  return { ...data, localeEdits: changed ? { ...stored, [locale]: new Date().toISOString() } : stored }
}
