import { describe, expect, it } from 'vitest'
import { toNestedQuery, toQuery } from '../src/query'

describe('toQuery', () => {
  it('leaves out undefined values and keeps where brackets readable', () => {
    expect(toQuery({ 'where[slug][equals]': 'hamburg-shanghai', limit: 1, depth: undefined })).toBe('?where[slug][equals]=hamburg-shanghai&limit=1')
  })

  it('encodes values, so a slug cannot smuggle in parameters', () => {
    expect(toQuery({ q: '汉堡 & depth=9' })).toBe('?q=%E6%B1%89%E5%A0%A1%20%26%20depth%3D9')
  })

  it('is empty without values', () => {
    expect(toQuery({ locale: undefined })).toBe('')
  })
})

describe('toNestedQuery', () => {
  it('writes where and select in the bracket syntax Payload parses, arrays by index', () => {
    const query = toNestedQuery({ locale: 'all', where: { or: [{ kind: { equals: 'official' } }, { since: { less_than: 1990 } }] }, select: { title: true }, depth: undefined })
    expect(decodeURIComponent(query)).toBe('?locale=all&where[or][0][kind][equals]=official&where[or][1][since][less_than]=1990&select[title]=true')
  })

  it('encodes values, so a where value cannot smuggle in parameters', () => {
    expect(toNestedQuery({ where: { slug: { equals: 'a&depth=9' } } })).toBe('?where[slug][equals]=a%26depth%3D9')
  })
})
