import { describe, expect, it } from 'vitest'
import type { PartnershipPage, TerrainCard } from '#shared/types/content'
import { toPartnershipCard } from '#shared/utils/cardProjections'
import { toEmbedPartnership } from '#shared/utils/embedPartnership'
import { mockPartnership } from './mocks'

const terrainCard = (slug: string): TerrainCard => ({ id: slug, title: slug.toUpperCase(), teaser: '', slug, kind: 'essay', date: null, period: null, hero: null })

const mockPage = (terrain: TerrainCard[]): PartnershipPage => ({
  ...toPartnershipCard(mockPartnership()),
  summary: null,
  links: [],
  source: null,
  terrain,
  translations: { slugs: { de: 'hamburg-shanghai', en: 'hamburg-shanghai' }, shownIn: 'en' },
})

describe('toEmbedPartnership', () => {
  it('links the partnership and its newest three TERRAIN profiles absolutely on the site, in the language', () => {
    const embed = toEmbedPartnership(mockPage(['a', 'b', 'c', 'd'].map(terrainCard)), 'en', 'https://stadtmacher.example')
    expect(embed).toEqual({
      lang: 'en',
      title: 'Hamburg – Shanghai',
      germanCity: 'Hamburg',
      chineseCity: 'Shanghai',
      since: 1986,
      kind: 'official',
      url: 'https://stadtmacher.example/en/partnerships/hamburg-shanghai',
      terrain: ['a', 'b', 'c'].map((slug) => ({ title: slug.toUpperCase(), url: `https://stadtmacher.example/en/terrain/${slug}` })),
    })
  })
})
