import { describe, expect, it } from 'vitest'
import { highlight } from '../../src/search/highlight'
import { normalizeForIndex, normalizeQuery } from '../../src/search/normalize'
import { isSearchQueryError, parseSearchQuery } from '../../src/search/parseSearchQuery'
import { plainText } from '../../src/search/plainText'

const parse = (query: string) => parseSearchQuery(new URLSearchParams(query))
const marked = (text: string, query: string) => highlight(text, query).find((s) => s.match)?.text

describe('search normalisation', () => {
  it('indexes umlauts both as plain vowels and as digraphs', () => {
    expect(normalizeForIndex('Köln')).toBe('koln koeln')
    expect(normalizeForIndex('Düsseldorf, Nordrhein-Westfalen')).toBe('dusseldorf nordrhein westfalen duesseldorf nordrhein westfalen')
  })

  it('folds a query so that Koln, Köln and KÖLN look for the same text', () => {
    expect(normalizeQuery('Köln')).toBe('koln')
    expect(normalizeQuery('KÖLN')).toBe('koln')
    expect(normalizeQuery('Koeln')).toBe('koeln')
  })

  it('keeps Chinese characters and drops punctuation, regex and SQL syntax', () => {
    expect(normalizeQuery('汉堡–上海')).toBe('汉堡 上海')
    expect(normalizeQuery(".*'; DROP TABLE x; --")).toBe('drop table x')
    expect(normalizeQuery('🙂🙂')).toBe('')
  })
})

describe('highlight', () => {
  it('marks the original spelling of a folded match', () => {
    expect(marked('Partnerschaft Köln – Peking', 'koln')).toBe('Köln')
    expect(marked('Partnerschaft Köln – Peking', 'Koeln')).toBe('Köln')
    expect(marked('Düsseldorf', 'dusseldorf')).toBe('Düsseldorf')
  })

  it('marks Chinese substrings', () => {
    expect(marked('汉堡 – 上海', '上海')).toBe('上海')
  })

  it('marks across punctuation the index ignores', () => {
    expect(marked('Hamburg – Shanghai', 'hamburg shanghai')).toBe('Hamburg – Shanghai')
  })

  it('leaves text without a match unmarked and whole', () => {
    expect(highlight('Hamburg', 'Peking')).toEqual([{ text: 'Hamburg', match: false }])
  })
})

describe('search query', () => {
  it('refuses an empty query, naming q', () => {
    expect(parse('q=%20')).toMatchObject({ field: 'q' })
  })

  it('refuses a query over 200 characters', () => {
    expect(parse(`q=${'a'.repeat(201)}`)).toMatchObject({ field: 'q', message: expect.stringContaining('200') })
    expect(isSearchQueryError(parse(`q=${'a'.repeat(200)}`))).toBe(false)
  })

  it('refuses an unknown locale, naming the allowed ones', () => {
    expect(parse('q=x&locale=fr')).toMatchObject({ field: 'locale', message: expect.stringContaining('de, en, zh') })
  })

  it('refuses a limit out of range and unknown types', () => {
    expect(parse('q=x&limit=0')).toMatchObject({ field: 'limit' })
    expect(parse('q=x&limit=1e3')).toMatchObject({ field: 'limit' })
    expect(parse('q=x&type=users')).toMatchObject({ field: 'type' })
  })

  it('splits the folded query into at most eight words', () => {
    const query = parse(`q=${encodeURIComponent('a b c d e f g h i j')}&locale=zh`)
    expect(isSearchQueryError(query) ? null : query.words).toHaveLength(8)
  })
})

describe('plain text of rich text', () => {
  it('joins the words of all blocks with single spaces', () => {
    const state = { root: { type: 'root', children: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Erster' }, { type: 'text', text: ' Absatz' }] },
      { type: 'heading', children: [{ type: 'text', text: 'Zweiter' }] },
    ] } }
    expect(plainText(state)).toBe('Erster Absatz Zweiter')
    expect(plainText(null)).toBe('')
  })
})
