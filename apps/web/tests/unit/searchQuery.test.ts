import { describe, expect, it } from 'vitest'
import { maxSearchLength, normalizeSearchQuery } from '#shared/utils/searchQuery'

describe('search query normalisation', () => {
  it('trims and collapses whitespace, including ideographic spaces', () => {
    expect(normalizeSearchQuery('  Hamburg \t  Shanghai\u3000 ')).toEqual({ status: 'ok', q: 'Hamburg Shanghai' })
  })

  it('writes a decomposed umlaut as one character', () => {
    expect(normalizeSearchQuery('Ko\u0308ln').q).toBe('Köln')
  })

  it('takes the first of repeated parameters and ignores anything not text', () => {
    expect(normalizeSearchQuery(['上海', 'x'])).toEqual({ status: 'ok', q: '上海' })
    expect(normalizeSearchQuery(undefined)).toEqual({ status: 'empty', q: '' })
    expect(normalizeSearchQuery({ q: 1 })).toEqual({ status: 'empty', q: '' })
    expect(normalizeSearchQuery('   ')).toEqual({ status: 'empty', q: '' })
  })

  it('refuses queries longer than the CMS accepts', () => {
    expect(normalizeSearchQuery('x'.repeat(maxSearchLength)).status).toBe('ok')
    expect(normalizeSearchQuery('x'.repeat(maxSearchLength + 1)).status).toBe('too_long')
  })

  it('keeps regex characters, SQL fragments and emoji as plain text', () => {
    expect(normalizeSearchQuery("(.*) ' OR 1=1 -- 🏙️")).toEqual({ status: 'ok', q: "(.*) ' OR 1=1 -- 🏙️" })
  })
})
