import { describe, expect, it } from 'vitest'
import type { SiteSearchHit } from '#shared/types/search'
import { searchHitPath } from '~/utils/searchHitPath'

const hit = (overrides: Partial<SiteSearchHit> = {}): SiteSearchHit => ({
  id: '1',
  slug: 'hamburg-shanghai',
  title: 'Hamburg – Shanghai',
  snippet: '',
  highlight: { title: [], snippet: [] },
  ...overrides,
})

describe('search hit links', () => {
  it('links documents to their page in the reader’s language', () => {
    expect(searchHitPath('partnerships', hit({ slug: 'hanbao-shanghai' }), 'zh')).toBe('/zh/huoban-guanxi/hanbao-shanghai')
    expect(searchHitPath('terrain', hit({ slug: 'the-beijing-mix' }), 'en')).toBe('/en/terrain/the-beijing-mix')
    expect(searchHitPath('authors', hit({ slug: 'shi-ming' }), 'de')).toBe('/de/autoren/shi-ming')
  })

  it('links a city to the partnership list filtered by its state or province', () => {
    expect(searchHitPath('cities', hit({ place: { filter: 'state', region: 'Nordrhein-Westfalen' } }), 'de')).toBe('/de/partnerschaften?state=Nordrhein-Westfalen')
    expect(searchHitPath('cities', hit({ place: { filter: 'province', region: '上海' } }), 'zh')).toBe(`/zh/huoban-guanxi?province=${encodeURIComponent('上海')}`)
  })

  it('links a city without partnerships to the map', () => {
    expect(searchHitPath('cities', hit(), 'en')).toBe('/en/map')
  })
})
