type Value = string | number | undefined

/** A query string from the defined values, in order; `where[slug][equals]`-style keys stay readable. */
export function toQuery(params: Record<string, Value>): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(value)}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

type Nested = string | number | boolean | null | undefined | Nested[] | { [key: string]: Nested }

/** The `key=value` pairs of a nested value in the bracket syntax Payload reads: `where[or][0][kind][equals]=official`. */
function pairs(prefix: string, value: unknown): [string, string][] {
  if (value === undefined) return []
  if (value === null) return [[prefix, '']]
  if (typeof value === 'object') return Object.entries(value as Record<string, Nested>).flatMap(([key, inner]) => pairs(`${prefix}[${key}]`, inner))
  return [[prefix, String(value)]]
}

/** A query string from nested parameters (`where`, `select`), as Payload's REST API parses it (qs syntax). */
export function toNestedQuery(params: Record<string, unknown>): string {
  const parts = Object.entries(params)
    .flatMap(([key, value]) => pairs(key, value))
    .map(([key, value]) => `${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(value)}`)
  return parts.length ? `?${parts.join('&')}` : ''
}
