import { locales } from '@stadtmacher/domain/locales'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLocalePath, useNuxtApp } from '#imports'
import { documentPaths, sectionSegments, type Section } from '#shared/utils/sections'
import { setTestLocale } from './locale'

// runWithContext is typed as possibly async; localePath is synchronous.
const inNuxt = <T>(composable: () => T): T => useNuxtApp().runWithContext(composable) as T

describe('documentPaths', () => {
  beforeEach(() => setTestLocale('de'))

  it('gives the page of a document in each locale it has a slug in, with that locale’s path and slug', () => {
    expect(documentPaths('partnerships', { slugs: { de: 'hamburg-shanghai', zh: 'hanbao-shanghai' }, shownIn: 'de' })).toEqual({
      de: '/de/partnerschaften/hamburg-shanghai',
      zh: '/zh/huoban-guanxi/hanbao-shanghai',
    })
    expect(documentPaths('terrain', undefined)).toEqual({})
  })

  it('gives the paths @nuxtjs/i18n routes to, for every section and locale', () => {
    const localePath = inNuxt(() => useLocalePath())
    for (const section of Object.keys(sectionSegments) as Section[]) {
      const slugs = Object.fromEntries(locales.map((locale) => [locale, `ein-dokument-${locale}`]))
      const viaRouter = Object.fromEntries(locales.map((locale) => [locale, localePath({ name: `${section}-slug`, params: { slug: slugs[locale] } }, locale)]))
      expect(documentPaths(section, { slugs, shownIn: 'de' }), section).toEqual(viaRouter)
    }
  })
})
