import { locales } from '@stadtmacher/domain/locales'
import { APIError, type CollectionBeforeOperationHook, type PayloadRequest, type SanitizedCollectionConfig, type Where } from 'payload'
import { localizedPath } from './localizedPath'
import { isCmsUser } from '../access/isCmsUser'

const published = { equals: 'published' } as const

const refuse = (field: string, message: string) => new APIError(`${field}: ${message}`, 400, { field }, true)

type Context = { req: PayloadRequest; collection: SanitizedCollectionConfig }

/**
 * One condition of a reader's `where`, rewritten so that it can only match a locale that is published:
 * `title.en like …` holds only where English is published, and a `locale=all` condition on a localized
 * field must hold in one published locale. Without this, a filter on the text of a draft locale selects
 * the published document and tells its reader what the draft says.
 */
function condition(path: string, operand: unknown, { req, collection }: Context): Where {
  const target = localizedPath(req.payload.config, collection, path)
  if (target.kind === 'draftsBehindRelation') {
    throw refuse(`where[${path}]`, `filtering on the fields of related ${target.relation} is for editors; filter by id, e.g. where[${target.relation}][in]=….`)
  }
  if (target.kind !== 'localized') return { [path]: operand } as Where
  const inLocale = (locale: string) => [target.field, locale, ...target.rest].join('.')
  if (target.locale) return { and: [{ [path]: operand }, { [`_status.${target.locale}`]: published }] } as Where
  if (req.locale !== 'all') return { [path]: operand } as Where
  return { or: locales.map((locale) => ({ and: [{ [inLocale(locale)]: operand }, { [`_status.${locale}`]: published }] })) } as Where
}

function rewrite(where: Where, context: Context): Where {
  const conditions: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && value && typeof value === 'object') {
      const list = (Array.isArray(value) ? value : Object.values(value)) as Where[]
      conditions.push({ [key]: list.map((item) => rewrite(item, context)) })
    } else {
      conditions.push(condition(key, value, context))
    }
  }
  return conditions.length === 1 ? (conditions[0] as Where) : { and: conditions }
}

/** A sort by the text of a locale that may not be published would order documents by their drafts. */
function checkSort(sort: unknown, { req, collection }: Context): void {
  const paths = (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []) as string[]
  for (const path of paths.map((each) => each.trim().replace(/^-/, '')).filter(Boolean)) {
    const target = localizedPath(req.payload.config, collection, path)
    if (target.kind === 'draftsBehindRelation') throw refuse('sort', `sorting by the fields of related ${target.relation} is for editors.`)
    if (target.kind === 'localized' && (target.locale || req.locale === 'all')) {
      throw refuse('sort', `sorting by "${path}" needs one locale: ask for locale=de, en or zh and sort by ${target.field}.`)
    }
  }
}

/**
 * For anonymous clients and partners, whatever they ask: no drafts (`draft=true` means nothing without an
 * editor's session), no filter or sort that reads the text of a locale that is not published. Reads that
 * override access (hooks, jobs) are the CMS's own and keep their arguments.
 */
export const readersReadPublished: CollectionBeforeOperationHook = ({ args, collection, operation, overrideAccess, req }) => {
  if (overrideAccess || isCmsUser(req)) return args
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  const context = { req, collection }
  const { where, sort } = args as { where?: Where; sort?: unknown }
  if (sort) checkSort(sort, context)
  return { ...args, draft: false, ...(where ? { where: rewrite(where, context) } : {}) }
}
