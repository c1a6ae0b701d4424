import { describe, expect, it } from 'vitest'
import { i18nPages, sectionPath } from '#shared/utils/sections'

describe('translated section paths', () => {
  it('builds document paths with the section name in the locale', () => {
    expect(sectionPath('partnerships', 'de', 'hamburg-shanghai')).toBe('/de/partnerschaften/hamburg-shanghai')
    expect(sectionPath('partnerships', 'zh', 'hanbao-shanghai')).toBe('/zh/huoban-guanxi/hanbao-shanghai')
    expect(sectionPath('authors', 'en')).toBe('/en/authors')
  })

  it('gives @nuxtjs/i18n a list and a detail path per section and locale', () => {
    expect(i18nPages()['terrain/[slug]']).toEqual({ de: '/terrain/[slug]', en: '/terrain/[slug]', zh: '/terrain/[slug]' })
  })
})
