import { describe, expect, it } from 'vitest'
import { slugInLocaleWhere } from '../../server/utils/slugWhere'

describe('slug query for a read in every locale', () => {
  it('names the locale of a localized slug, so only that locale matches', () => {
    expect(slugInLocaleWhere('terrain', 'en', 'harbour-essay')).toEqual({ 'slug.en': { equals: 'harbour-essay' } })
    expect(slugInLocaleWhere('partnerships', 'zh', 'hanbao-shanghai')).toEqual({ 'slug.zh': { equals: 'hanbao-shanghai' } })
  })

  it('queries the one slug of an author as it is, in any locale', () => {
    expect(slugInLocaleWhere('authors', 'zh', 'lin-hai')).toEqual({ slug: { equals: 'lin-hai' } })
  })
})
