import { describe, expect, inject, it } from 'vitest'
import { pageSegments, sectionPath } from '#shared/utils/sections'
import de from '../i18n/locales/de.json'
import en from '../i18n/locales/en.json'
import { seriousViolations, useBrowser } from './setup/browser'
import { seeded } from './setup/seeded'

const searchPath = (locale: 'de' | 'en' | 'zh', q?: string) => `/${locale}/${pageSegments.search[locale]}${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`

describe('search', () => {
  const openPage = useBrowser()

  it('finds Hamburg – Shanghai for 上海 in Chinese, highlighted and linked, and passes axe', async () => {
    const page = await openPage(searchPath('zh', '上海'))
    const group = page.getByTestId('search-group-partnerships')
    const link = group.getByRole('link', { name: seeded.partnership.title.zh })
    expect(await link.getAttribute('href')).toBe(sectionPath('partnerships', 'zh', seeded.partnership.slug.zh))
    expect(await link.locator('mark').allTextContents()).toEqual(['上海'])
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    expect(page.consoleErrors).toEqual([])
    expect(await seriousViolations(page)).toEqual([])
    await page.context().close()
  })

  it('finds Köln for Koln in German and links the city to the partnerships of its state', async () => {
    const page = await openPage(searchPath('de', 'Koln'))
    const city = page.getByTestId('search-group-cities').getByRole('link', { name: 'Köln' })
    expect(await city.locator('mark').textContent()).toBe('Köln')
    expect(await city.getAttribute('href')).toBe(`${sectionPath('partnerships', 'de')}?state=Nordrhein-Westfalen`)
    expect(await seriousViolations(page)).toEqual([])
    await page.context().close()
  })

  it('searches from the header box on any page, with and without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await openPage(sectionPath('terrain', 'de'), { javaScriptEnabled })
      await page.getByTestId('search-input').fill('Köln')
      await page.getByTestId('search-input').press('Enter')
      await page.waitForURL(`${inject('siteUrl')}${searchPath('de', 'Köln')}`)
      expect(await page.getByTestId('search-hit').count()).toBeGreaterThan(0)
      await page.context().close()
    }
  })

  it('explains an empty query, an overlong one and a query without results instead of failing', async () => {
    const empty = await openPage(searchPath('en'))
    expect(await empty.getByTestId('search-message').textContent()).toBe(en.search.empty_query)
    const long = await openPage(searchPath('en', 'x'.repeat(201)))
    expect(await long.getByTestId('search-message').textContent()).toBe(en.search.too_long.replace('{max}', '200'))
    const none = await openPage(searchPath('de', "Zzyzx' OR 1=1 -- (.*) 🏙️"))
    expect(await none.getByTestId('search-message').textContent()).toContain(de.search.no_results.split('„')[0]!)
    for (const page of [empty, long, none]) {
      expect(page.consoleErrors).toEqual([])
      expect(await seriousViolations(page)).toEqual([])
      await page.context().close()
    }
  })
})
