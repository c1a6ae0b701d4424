import { fold, normalizeQuery, type UmlautStyle } from './normalize'

/** A piece of text, marked where it matched the query. */
export type Segment = { text: string; match: boolean }

/**
 * Folds `text` one character at a time, as `fold` does for the whole, remembering for every folded
 * character the index of the original character it came from.
 */
function foldWithOrigins(chars: string[], style: UmlautStyle) {
  let folded = ''
  const origins: number[] = []
  for (const [index, char] of chars.entries()) {
    const piece = fold(char, style) || ' '
    if (piece === ' ' && (folded === '' || folded.endsWith(' '))) continue
    folded += piece
    for (let i = 0; i < piece.length; i++) origins.push(index)
  }
  return { folded, origins }
}

function findMatch(chars: string[], needle: string): [number, number] | null {
  for (const style of ['vowel', 'digraph'] as const) {
    const { folded, origins } = foldWithOrigins(chars, style)
    const at = folded.indexOf(needle)
    if (at >= 0) return [origins[at] ?? 0, (origins[at + needle.length - 1] ?? chars.length - 1) + 1]
  }
  return null
}

/**
 * Splits `text` into segments with the first match of `query` marked, comparing folded forms so that
 * `koln` and `koeln` both highlight `Köln`. Without a match the whole text is one unmarked segment.
 */
export function highlight(text: string, query: string): Segment[] {
  const needle = normalizeQuery(query)
  const chars = Array.from(text)
  const match = needle ? findMatch(chars, needle) : null
  if (!match) return [{ text, match: false }]
  const [start, end] = match
  return [
    { text: chars.slice(0, start).join(''), match: false },
    { text: chars.slice(start, end).join(''), match: true },
    { text: chars.slice(end).join(''), match: false },
  ].filter((segment) => segment.text)
}
