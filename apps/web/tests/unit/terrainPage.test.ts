import { describe, expect, it } from 'vitest'
import { isTerrainDoc, toTerrainPage } from '#shared/utils/terrainPage'
import { mockTerrain } from './mocks'

const translations = { slugs: { de: 'die-pekinger-mischung' }, shownIn: 'de' } as const

describe('TERRAIN page projection', () => {
  it('turns a depth-2 profile into cards, site image URLs and the Open Graph image', () => {
    const page = toTerrainPage(mockTerrain(), translations)
    expect(page).toMatchObject({ id: 't-1', title: 'Die Pekinger Mischung', kind: 'essay', translations })
    expect(page.authors).toEqual([{ id: 'a-1', name: 'Christian Y. Schmidt', slug: 'christian-y-schmidt', role: null, portrait: null }])
    expect(page.partnerships[0]).toMatchObject({ slug: 'hamburg-shanghai', germanCity: { name: 'Hamburg' } })
    expect(page.hero?.src).toBe('/media/hero-1600x900.webp')
    expect(page.ogImage).toBe('/media/hero-1200x630.jpg')
  })

  it('drops relations given as bare ids (not populated)', () => {
    const page = toTerrainPage(mockTerrain({ authors: ['a-1'], partnerships: ['p-1'], hero: 'm-1' }), translations)
    expect(page.authors).toEqual([])
    expect(page.partnerships).toEqual([])
    expect(page.hero).toBeNull()
    expect(page.ogImage).toBeNull()
  })
})

describe('isTerrainDoc', () => {
  it('accepts a profile and refuses an error answer of the CMS', () => {
    expect(isTerrainDoc(mockTerrain())).toBe(true)
    expect(isTerrainDoc({ errors: [{ message: 'Forbidden' }] })).toBe(false)
    expect(isTerrainDoc({ id: 't-1' })).toBe(false)
    expect(isTerrainDoc(null)).toBe(false)
  })
})
