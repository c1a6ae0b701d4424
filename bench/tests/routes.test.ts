import { describe, expect, it } from 'vitest'
import { classifySection, looksLikeMap } from '../routes'

describe('classifySection', () => {
  it('tells TERRAIN, authors and partnerships apart by the slugs of their pages', () => {
    expect(classifySection(['/de/terrain/benchprofil-00001'])).toBe('terrain')
    expect(classifySection(['/en/authors/bench-autorin-003'])).toBe('author')
    expect(classifySection(['/zh/huoban-guanxi/hamburg-zh-shanghai'])).toBe('partnership')
    expect(classifySection([])).toBeNull()
  })
})

describe('looksLikeMap', () => {
  it('recognises an SVG with many drawn connections, not a page with an icon', () => {
    const connections = Array.from({ length: 25 }, (_, i) => `<path d="M0 ${i}L9 9"/>`).join('')
    expect(looksLikeMap(`<svg viewBox="0 0 9 9">${connections}</svg>`)).toBe(true)
    expect(looksLikeMap('<svg><path d="M0 0"/></svg><p>list</p>')).toBe(false)
  })
})
