import { locales } from '@stadtmacher/domain/locales'
import type { FieldError } from './fieldError'
import { validateWhere } from './validateWhere'

export const maxLimit = 100
export const maxDepth = 3
export const maxQueryLength = 8192

const wholeNumber = /^\d+$/
const sortList = /^-?[A-Za-z_]\w*(\.\w+)*(,-?[A-Za-z_]\w*(\.\w+)*)*$/

/**
 * Checks the parameters of a REST read that Payload would otherwise accept silently or fail on late:
 * a page size above the cap, an unknown locale, a depth above the cap, a page that is not a positive
 * whole number. Each error names its parameter.
 */
export function validateQuery(params: URLSearchParams): FieldError | null {
  if (params.toString().length > maxQueryLength) return { field: 'query', message: `The query string may be at most ${maxQueryLength} characters long.` }
  const limit = params.get('limit')
  if (limit !== null && (!wholeNumber.test(limit) || Number(limit) > maxLimit)) {
    return { field: 'limit', message: `limit must be a whole number from 0 to ${maxLimit}.` }
  }
  const depth = params.get('depth')
  if (depth !== null && (!wholeNumber.test(depth) || Number(depth) > maxDepth)) {
    return { field: 'depth', message: `depth must be a whole number from 0 to ${maxDepth}.` }
  }
  const page = params.get('page')
  if (page !== null && (!wholeNumber.test(page) || Number(page) < 1 || Number(page) > 1_000_000)) {
    return { field: 'page', message: 'page must be a whole number from 1.' }
  }
  for (const name of ['locale', 'fallback-locale']) {
    const value = params.get(name)
    const allowed: string[] = name === 'locale' ? [...locales, 'all'] : [...locales, 'none', 'false']
    if (value !== null && !allowed.includes(value)) {
      return { field: name, message: `${name} must be one of ${allowed.join(', ')}.` }
    }
  }
  const sort = params.get('sort')
  if (sort !== null && (!sortList.test(sort) || sort.length > 200 || /__proto__|constructor|prototype/.test(sort))) {
    return { field: 'sort', message: 'sort takes field names separated by commas, each with an optional leading minus, e.g. -date.' }
  }
  return validateWhere(params)
}
