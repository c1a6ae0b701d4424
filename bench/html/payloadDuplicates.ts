// Nuxt serialises page data with devalue: one flat array where a value referenced twice is stored once.
// A long string stored more than once therefore means the same content reached the payload through two
// separate objects (e.g. one document fetched under two keys), which the page weight figure reports.

export type PayloadDuplicates = { strings: number; bytes: number; examples: string[] }

/** Strings of at least `minLength` characters that occur more than once in a devalue payload array. */
export function payloadDuplicates(payloadJson: string, minLength = 40): PayloadDuplicates {
  let values: unknown
  try {
    values = JSON.parse(payloadJson)
  } catch {
    return { strings: 0, bytes: 0, examples: [] }
  }
  if (!Array.isArray(values)) return { strings: 0, bytes: 0, examples: [] }
  const counts = new Map<string, number>()
  for (const value of values) {
    if (typeof value === 'string' && value.length >= minLength) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  const repeated = [...counts].filter(([, count]) => count > 1)
  return {
    strings: repeated.length,
    bytes: repeated.reduce((sum, [text, count]) => sum + Buffer.byteLength(text) * (count - 1), 0),
    examples: repeated.slice(0, 3).map(([text]) => text.slice(0, 60)),
  }
}
