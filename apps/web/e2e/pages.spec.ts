import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { locales, localeTags, type Locale } from '@stadtmacher/domain/locales'
import { describe, expect, inject, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { seoLinks, seriousViolations, type TrackedPage, useBrowser } from './setup/browser'
import { cmsCount, seeded } from './setup/seeded'

const screenshots = resolve(import.meta.dirname, '../test-results')
mkdirSync(screenshots, { recursive: true })

type PageCase = { name: string; path: (locale: Locale) => string; check: (page: TrackedPage, locale: Locale) => Promise<void>; documentPaths?: (locale: Locale) => string }

const documentPath = (section: 'partnerships' | 'terrain' | 'authors', key: 'partnership' | 'terrain' | 'author') => (locale: Locale) =>
  sectionPath(section, locale, seeded[key].slug[locale])

const cases: PageCase[] = [
  {
    name: 'home',
    path: (locale) => `/${locale}`,
    check: async (page, locale) => {
      expect(await page.getByTestId('figure-total').textContent()).toBe(String(await cmsCount('partnerships')))
      expect(await page.getByTestId('figure-official').textContent()).toBe(String(await cmsCount('partnerships', 'where[kind][equals]=official')))
      expect(await page.getByTestId('terrain-card').count()).toBe(3)
      await page.screenshot({ path: resolve(screenshots, `home-${locale}.png`), fullPage: true })
    },
  },
  {
    name: 'partnership list',
    path: (locale) => sectionPath('partnerships', locale),
    check: async (page, locale) => {
      expect(await page.getByTestId('partnership-card').count()).toBe(await cmsCount('partnerships'))
      await expect(page.getByRole('link', { name: seeded.partnership.title[locale], exact: true }).count()).resolves.toBe(1)
    },
  },
  {
    name: 'partnership detail',
    path: documentPath('partnerships', 'partnership'),
    documentPaths: documentPath('partnerships', 'partnership'),
    check: async (page, locale) => {
      expect(await page.locator('h1').textContent()).toBe(seeded.partnership.title[locale])
      expect(await page.getByTestId('partnership-since').textContent()).toBe('1986')
      expect(await page.getByTestId('richtext').locator('p').count()).toBeGreaterThan(0)
    },
  },
  {
    name: 'TERRAIN list',
    path: (locale) => sectionPath('terrain', locale),
    check: async (page) => {
      expect(await page.getByTestId('terrain-card').count()).toBe(6)
      expect(await page.getByTestId('pagination').isVisible()).toBe(true)
    },
  },
  {
    name: 'TERRAIN detail',
    path: documentPath('terrain', 'terrain'),
    documentPaths: documentPath('terrain', 'terrain'),
    check: async (page, locale) => {
      expect(await page.locator('h1').textContent()).toBe(seeded.terrain.title[locale])
      const hero = page.getByTestId('media-image').first()
      expect(await hero.getAttribute('width')).toBe('1600')
      expect(await hero.getAttribute('height')).toBeTruthy()
      expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
      expect(await page.getByTestId('terrain-authors').textContent()).toContain(seeded.author.name)
      expect(await page.getByTestId('richtext').locator('p').count()).toBeGreaterThan(0)
    },
  },
  {
    name: 'author list',
    path: (locale) => sectionPath('authors', locale),
    check: async (page) => {
      expect(await page.getByTestId('author-card').count()).toBe(await cmsCount('authors'))
    },
  },
  {
    name: 'author detail',
    path: documentPath('authors', 'author'),
    documentPaths: documentPath('authors', 'author'),
    check: async (page) => {
      expect(await page.locator('h1').textContent()).toBe(seeded.author.name)
      expect(await page.getByTestId('terrain-card').count()).toBeGreaterThan(0)
    },
  },
]

describe('every page type in every locale', () => {
  const openPage = useBrowser()

  for (const pageCase of cases) {
    for (const locale of locales) {
      it(`renders the seeded ${pageCase.name} in ${locale} with lang, canonical, hreflang, no console error and no serious axe violation`, async () => {
        const path = pageCase.path(locale)
        const page = await openPage(path)
        await pageCase.check(page, locale)

        const seo = await seoLinks(page)
        const site = inject('siteUrl')
        expect(seo.lang).toBe(localeTags[locale])
        expect(seo.canonical).toBe(`${site}${encodeURI(path)}`)
        const expected = Object.fromEntries(locales.map((code) => [localeTags[code], `${site}${(pageCase.documentPaths ?? pageCase.path)(code)}`]))
        expect(seo.alternates).toEqual({ ...expected, 'x-default': expected[localeTags.de] })
        expect(seo.title).toContain('Stadtmacher')
        expect(seo.description).toBeTruthy()
        expect(seo.ogTitle).toBeTruthy()

        expect(page.consoleErrors).toEqual([])
        expect(await seriousViolations(page)).toEqual([])
        // Reading pages are complete without JavaScript and load none (issue 7).
        expect(page.requestedUrls.filter((url) => /\.m?js(\?|$)/.test(new URL(url).pathname + new URL(url).search))).toEqual([])
        expect(await page.locator('script[src], link[rel=modulepreload]').count()).toBe(0)
        await page.context().close()
      })
    }
  }
})
