/** The longest query the CMS search accepts (its 400 names `q` beyond this). */
export const maxSearchLength = 200

export type SearchQueryState = { status: 'empty' | 'too_long' | 'ok'; q: string }

/**
 * The search term from a URL query value: the first value, Unicode-normalised (NFC, so a decomposed
 * `Ko\u0308ln` equals `Köln`), trimmed, with runs of whitespace as one space, and whether it can be searched.
 */
export function normalizeSearchQuery(value: unknown): SearchQueryState {
  const first = Array.isArray(value) ? value[0] : value
  const q = typeof first === 'string' ? first.normalize('NFC').replace(/\s+/gu, ' ').trim() : ''
  if (!q) return { status: 'empty', q }
  // Counted in UTF-16 units, as the CMS counts, so that the two never disagree about an emoji.
  if (q.length > maxSearchLength) return { status: 'too_long', q }
  return { status: 'ok', q }
}
