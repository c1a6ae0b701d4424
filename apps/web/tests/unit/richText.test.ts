import { describe, expect, it } from 'vitest'
import { headingTag, listTag, safeHref, textMarks } from '~/utils/richText'

describe('rich text helpers', () => {
  it('maps Lexical format bits to marks', () => {
    expect(textMarks(0)).toEqual([])
    expect(textMarks(1 | 2)).toEqual(['strong', 'em'])
    expect(textMarks(16)).toEqual(['code'])
    expect(textMarks('bold')).toEqual([])
  })

  it('demotes h1 to h2 and defaults unknown heading tags to h2', () => {
    expect(headingTag({ type: 'heading', version: 1, tag: 'h1' })).toBe('h2')
    expect(headingTag({ type: 'heading', version: 1, tag: 'h3' })).toBe('h3')
    expect(headingTag({ type: 'heading', version: 1, tag: 'script' })).toBe('h2')
  })

  it('renders numbered lists as ol and others as ul', () => {
    expect(listTag({ type: 'list', version: 1, listType: 'number' })).toBe('ol')
    expect(listTag({ type: 'list', version: 1, listType: 'bullet' })).toBe('ul')
  })

  it('keeps only safe link targets', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org')
    expect(safeHref('mailto:a@b.de')).toBe('mailto:a@b.de')
    expect(safeHref('/de/terrain')).toBe('/de/terrain')
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref('//evil.example')).toBeNull()
  })
})
