import { parse } from 'qs-esm'
import type { FieldError } from './fieldError'

// Geo operators (near, within, intersects) need point fields, and the schema has none: they would fail in SQL.
const operators = new Set(['equals', 'contains', 'not_equals', 'in', 'all', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like'])
const fieldPath = /^[A-Za-z_][\w]*(\.[\w]+)*$/
const forbiddenSegments = /(^|[.[\]])(__proto__|constructor|prototype)([.[\]]|$)/
const bracketName = /^[a-z]+(\[[^[\]]*\])+$/

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isScalar = (value: unknown) => typeof value === 'string'

const error = (message: string): FieldError => ({ field: 'where', message })

function checkCondition(where: unknown, depth: number): FieldError | null {
  if (!isObject(where)) return error('where must name a field and an operator, e.g. where[slug][equals]=hamburg-shanghai.')
  if (depth > 5) return error('where may nest and/or at most 5 levels deep.')
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null
      if (!list) return error(`where[${key}] must be a list of conditions, e.g. where[${key}][0][slug][equals]=….`)
      for (const item of list) {
        const nested = checkCondition(item, depth + 1)
        if (nested) return nested
      }
      continue
    }
    if (!fieldPath.test(key)) return error(`"${key.slice(0, 40)}" is not a field path.`)
    if (!isObject(value)) return error(`where[${key}] needs an operator, e.g. where[${key}][equals]=….`)
    for (const [operator, operand] of Object.entries(value)) {
      if (!operators.has(operator)) return error(`Unknown operator "${operator.slice(0, 40)}"; use one of ${[...operators].join(', ')}.`)
      const values = Array.isArray(operand) ? operand : [operand]
      if (!values.every(isScalar)) return error(`where[${key}][${operator}] must be a value or a list of values.`)
    }
  }
  return null
}

/**
 * Checks the bracket syntax of where, select and populate parameters and the shape of `where`, which
 * Payload would otherwise ignore silently (a typo returns everything) or fail on in SQL (a 500).
 */
export function validateWhere(params: URLSearchParams): FieldError | null {
  for (const name of params.keys()) {
    if (forbiddenSegments.test(name)) return { field: name.slice(0, 40), message: 'Parameter names may not contain __proto__, constructor or prototype.' }
    const root = name.match(/^[a-z]+/)?.[0]
    if ((root === 'where' || root === 'select' || root === 'populate') && !bracketName.test(name)) {
      return { field: root, message: `${root} uses brackets, e.g. ${root === 'where' ? 'where[slug][equals]=hamburg-shanghai' : `${root}[title]=true`}.` }
    }
    if (root === 'select' || root === 'populate') {
      const segments = [...name.matchAll(/\[([^[\]]*)\]/g)].map((match) => match[1] ?? '')
      if (!segments.every((segment) => /^[A-Za-z_]\w*$/.test(segment))) return { field: root, message: `${root} takes field names, e.g. ${root}[title]=true.` }
    }
  }
  if (![...params.keys()].some((name) => name.startsWith('where'))) return null
  const { where } = parse(params.toString(), { allowEmptyArrays: true, arrayLimit: 1000, depth: 10 }) as { where?: unknown }
  return checkCondition(where, 0)
}
