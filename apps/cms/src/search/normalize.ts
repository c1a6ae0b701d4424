/**
 * Search normalisation shared by the index and the query, so that both sides fold text the same way:
 * lower case, accents removed, and German umlauts written both ways (`köln` is indexed as `koln koeln`,
 * so `Koln`, `Koeln` and `Köln` all find it). Chinese is kept as it is: substring search needs no words.
 */

export type UmlautStyle = 'vowel' | 'digraph'

const umlauts: Record<UmlautStyle, Record<string, string>> = {
  vowel: { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' },
  digraph: { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' },
}

/** Anything that is not a letter or digit in any script becomes a single space. */
const separators = /[^\p{L}\p{N}]+/gu

export function fold(text: string, style: UmlautStyle = 'vowel'): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => umlauts[style][letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(separators, ' ')
    .trim()
}

/** The text stored in the index: both spellings of every umlaut, joined. */
export function normalizeForIndex(text: string): string {
  const vowel = fold(text, 'vowel')
  const digraph = fold(text, 'digraph')
  return vowel === digraph ? vowel : `${vowel} ${digraph}`
}

/** The query as it is looked up: a typed umlaut becomes its plain vowel, which the index always holds. */
export const normalizeQuery = (query: string): string => fold(query, 'vowel')
