/**
 * The address without its empty query parameters, or null when it has none. A filter form submitted
 * without JavaScript sends every field, also the unset ones (`?kind=&state=&topic=x`).
 */
export function withoutEmptyParams(path: string): string | null {
  const url = new URL(path, 'http://site.invalid')
  const empty = [...url.searchParams].filter(([, value]) => value === '').map(([name]) => name)
  if (!empty.length) return null
  for (const name of empty) url.searchParams.delete(name)
  return `${url.pathname}${url.search}${url.hash}`
}
