import { describe, expect, it } from 'vitest'
import { authorAt, cityCounts, cityOf, documentPrng, partnershipAt, partnershipPair, terrainAt } from '../data/plan'
import { fullSizes, quickSizes, scaleSizes } from '../data/sizes'

describe('the data plan', () => {
  it('regenerates every document identically from the seed alone', () => {
    expect(terrainAt(42, fullSizes, 12_345)).toEqual(terrainAt(42, fullSizes, 12_345))
    expect(partnershipAt(42, fullSizes, 999)).toEqual(partnershipAt(42, fullSizes, 999))
    expect(authorAt(42, 3)).toEqual(authorAt(42, 3))
    expect(documentPrng(42, 'terrain', 1).next()).not.toBe(documentPrng(42, 'terrain', 2).next())
  })
  it('starts with the real seed cities and continues with clearly synthetic ones', () => {
    expect(cityOf(42, 'DE', 0).name.de).toBe('Hamburg')
    const synthetic = cityOf(42, 'CN', 400)
    expect(synthetic.name.de).toBe('Benchshi 0400')
    expect(synthetic.latitude).toBeGreaterThan(15)
  })
  it('never pairs the same two cities twice', () => {
    const counts = cityCounts(fullSizes)
    const pairs = new Set(Array.from({ length: fullSizes.partnerships }, (_, i) => JSON.stringify(partnershipPair(i, counts))))
    expect(pairs.size).toBe(fullSizes.partnerships)
  })
  it('gives every TERRAIN profile a unique slug per locale and references inside the data set', () => {
    const slugs = new Set(Array.from({ length: quickSizes.terrain }, (_, i) => terrainAt(42, quickSizes, i).slug.zh))
    expect(slugs.size).toBe(quickSizes.terrain)
    const profile = terrainAt(42, quickSizes, 7)
    expect(Math.max(...profile.partnerships)).toBeLessThan(quickSizes.partnerships)
    expect(profile.teaser.de.length).toBeLessThanOrEqual(400)
  })
  it('scales cities, partnerships and TERRAIN but not the editorial collections', () => {
    expect(scaleSizes(fullSizes, 2)).toEqual({ ...fullSizes, cities: 2000, partnerships: 2000, terrain: 40_000 })
  })
})
