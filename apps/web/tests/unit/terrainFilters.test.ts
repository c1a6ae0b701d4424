import { describe, expect, it } from 'vitest'
import { normalizeTerrainFilters } from '#shared/utils/terrainFilters'

describe('TERRAIN filters', () => {
  it('reads kind, topic and page from the URL', () => {
    expect(normalizeTerrainFilters({ kind: 'essay', topic: 'culture', page: '2' })).toEqual({ kind: 'essay', topic: 'culture', page: 2 })
  })

  it('falls back to page 1 and no filter for invalid values', () => {
    expect(normalizeTerrainFilters({ kind: 'poem', topic: '<script>', page: '-3' })).toEqual({ page: 1 })
  })
})
