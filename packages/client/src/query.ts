type Value = string | number | undefined

/** A query string from the defined values, in order; `where[slug][equals]`-style keys stay readable. */
export function toQuery(params: Record<string, Value>): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(value)}`)
  return parts.length ? `?${parts.join('&')}` : ''
}
