import { isLocale, type Locale } from '@stadtmacher/domain/locales'
import { isTranslatedCollection } from '@stadtmacher/domain/documentTypes'
import type { FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

/** What a `where` or `sort` path names, as far as per-locale publishing cares. */
export type PathTarget =
  /** A field of this document that is localized; `locale` when the path names one (`title.en`). */
  | { kind: 'localized'; field: string; locale?: Locale; rest: string[] }
  /** A field of a related document that has drafts of its own (`authors.name`). */
  | { kind: 'draftsBehindRelation'; relation: string }
  | { kind: 'other' }

const other: PathTarget = { kind: 'other' }

function subFields(field: FlattenedField): FlattenedField[] | undefined {
  if (field.type === 'group' || field.type === 'array' || field.type === 'tab') return field.flattenedFields
  if (field.type === 'blocks') return field.blocks.flatMap((block) => block.flattenedFields)
  return undefined
}

/** Resolves a dotted path (`title.en`, `links.label`, `germanCity.name`) against a collection's fields. */
export function localizedPath(config: SanitizedConfig, collection: SanitizedCollectionConfig, path: string): PathTarget {
  const segments = path.split('.')
  let fields: FlattenedField[] | undefined = collection.flattenedFields
  let ownFields = true
  for (let i = 0; i < segments.length && fields; i++) {
    const field: FlattenedField | undefined = fields.find((candidate) => candidate.name === segments[i])
    if (!field) return other
    const name = segments.slice(0, i + 1).join('.')
    if (field.localized && ownFields) {
      const next = segments[i + 1]
      return { kind: 'localized', field: name, locale: isLocale(next) ? next : undefined, rest: segments.slice(isLocale(next) ? i + 2 : i + 1) }
    }
    if (field.type === 'relationship' || field.type === 'upload') {
      const rest = segments.slice(i + 1)
      if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return other
      const targets: string[] = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      if (targets.some(isTranslatedCollection)) return { kind: 'draftsBehindRelation', relation: name }
      // Cities, topics and media have no drafts: their fields filter like the document's own.
      fields = config.collections.find((candidate): boolean => candidate.slug === targets[0])?.flattenedFields
      ownFields = false
      continue
    }
    fields = subFields(field)
  }
  return other
}
