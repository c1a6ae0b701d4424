import type { CollectionBeforeReadHook, FlattenedField } from 'payload'
import { locales, type Locale } from '@stadtmacher/domain/locales'
import { publishedLocales } from '@stadtmacher/domain/documentLocales'
import { isCmsUser } from '../access/isCmsUser'

type Data = Record<string, unknown>

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Deletes the values of `hidden` locales from every localized field of `data`, at any depth. */
function dropLocales(fields: FlattenedField[], data: Data, hidden: Locale[]): void {
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    if (field.localized) {
      if (isData(value)) for (const locale of hidden) delete value[locale]
      continue
    }
    if (field.type === 'group' || field.type === 'tab') {
      if (isData(value)) dropLocales(field.flattenedFields, value, hidden)
    } else if (field.type === 'array') {
      if (Array.isArray(value)) for (const row of value) if (isData(row)) dropLocales(field.flattenedFields, row, hidden)
    } else if (field.type === 'blocks') {
      if (!Array.isArray(value)) continue
      for (const row of value) {
        const block = isData(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
        if (block && isData(row)) dropLocales(block.flattenedFields, row, hidden)
      }
    }
  }
}

/**
 * The root of "readers see what is published, per locale". With `localizeStatus`, the main row of a
 * document also holds the text of locales that are not published: a document first saved as a draft
 * keeps that draft there, and unpublishing one locale only flips its status. Before Payload flattens the
 * locales (and fills empty fields from the fallback locale), this takes every locale that is not
 * published out of the document, so `locale=all`, fallbacks, populated relations, look-ups by slug and
 * every custom endpoint built on the Local API see only published text. Reads that override access
 * (hooks, jobs, the seed) keep the whole document: they write it back.
 */
export const withoutUnpublishedLocales: CollectionBeforeReadHook = ({ collection, doc, overrideAccess, req }) => {
  if (overrideAccess || isCmsUser(req) || !isData(doc)) return doc
  const published = publishedLocales(doc._status)
  const hidden = locales.filter((locale) => !published.has(locale))
  if (hidden.length) dropLocales(collection.flattenedFields, doc, hidden)
  return doc
}
