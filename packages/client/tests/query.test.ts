import { describe, expect, it } from 'vitest'
import { toQuery } from '../src/query'

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
