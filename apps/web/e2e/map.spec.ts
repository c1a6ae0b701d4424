import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { locales, localeTags } from '@stadtmacher/domain/locales'
import { describe, expect, inject, it } from 'vitest'
import { pageSegments, sectionPath } from '#shared/utils/sections'
import de from '../i18n/locales/de.json'
import { seoLinks, seriousViolations, type TrackedPage, useBrowser } from './setup/browser'
import { cmsCount, seeded } from './setup/seeded'

const screenshots = resolve(import.meta.dirname, '../test-results')
mkdirSync(screenshots, { recursive: true })

const mapPath = (locale: (typeof locales)[number], query = '') => `/${locale}/${pageSegments.map[locale]}${query}`
const connections = (page: TrackedPage) => page.getByTestId('map-canvas').locator('a')
const rows = (page: TrackedPage) => page.getByTestId('map-list').locator('tbody tr')
const figure = async (page: TrackedPage, name: string) => Number(await page.getByTestId(`figure-${name}`).textContent())

describe('partnership map', () => {
  const openPage = useBrowser()

  for (const locale of locales) {
    it(`draws every published partnership in ${locale}, lists them, and passes axe`, async () => {
      const total = await cmsCount('partnerships')
      const page = await openPage(mapPath(locale))
      expect(await connections(page).count()).toBe(total)
      expect(await rows(page).count()).toBe(total)
      expect(await figure(page, 'total')).toBe(total)
      expect(await page.getByTestId('map-projection-note').textContent()).toContain('Natural Earth')
      // The accessible list leads to exactly the partnerships the map draws.
      const drawn = await connections(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')).sort())
      const listed = await rows(page).locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')).sort())
      expect(listed).toEqual(drawn)
      expect(drawn).toContain(sectionPath('partnerships', locale, seeded.partnership.slug[locale]))
      const outlines = await page.evaluate(async () => {
        const response = await fetch('/map/outlines.svg')
        return { ok: response.ok, type: response.headers.get('content-type') }
      })
      expect(outlines).toEqual({ ok: true, type: 'image/svg+xml; charset=utf-8' })
      await page.locator('[data-testid="map-canvas"]').scrollIntoViewIfNeeded()
      await page.screenshot({ path: resolve(screenshots, `map-${locale}.png`), fullPage: false })
      const seo = await seoLinks(page)
      const site = inject('siteUrl')
      expect(seo.lang).toBe(localeTags[locale])
      expect(seo.canonical).toBe(`${site}${encodeURI(mapPath(locale))}`)
      expect(seo.alternates[localeTags.zh]).toBe(`${site}${mapPath('zh')}`)
      expect(page.consoleErrors).toEqual([])
      expect(await seriousViolations(page)).toEqual([])
      await page.context().close()
    })
  }

  it('names each connection with both cities, the year and the kind', async () => {
    const page = await openPage(mapPath('de'))
    expect(await page.locator('a[aria-label="Hamburg – Shanghai, seit 1986, offizielle Partnerschaft"]').count()).toBe(1)
    await page.context().close()
  })

  it('narrows connections, list and figures with a filter chosen on the page, kept in the URL', async () => {
    const official = await cmsCount('partnerships', 'where[kind][equals]=official')
    const page = await openPage(mapPath('en'))
    await page.getByTestId('filter-kind').selectOption('official')
    await page.getByTestId('filter-apply').click()
    await page.waitForURL(/kind=official/)
    await expect.poll(() => page.getByTestId('filter-kind').inputValue()).toBe('official')
    await expect.poll(() => connections(page).count()).toBe(official)
    expect(official).toBeLessThan(await cmsCount('partnerships'))
    expect(await rows(page).count()).toBe(official)
    expect(await figure(page, 'total')).toBe(official)
    expect(await figure(page, 'official')).toBe(official)
    expect(await figure(page, 'project')).toBe(0)
    expect(page.consoleErrors).toEqual([])
    await page.context().close()
  })

  it('filters by since-year range from the URL, without JavaScript', async () => {
    const inRange = await cmsCount('partnerships', 'where[since][greater_than_equal]=2000&where[since][less_than_equal]=2010')
    const page = await openPage(mapPath('zh', '?from=2000&to=2010'), { javaScriptEnabled: false })
    expect(await connections(page).count()).toBe(inRange)
    expect(await figure(page, 'total')).toBe(inRange)
    const years = await rows(page).locator('td:nth-child(4)').allTextContents()
    expect(years.every((year) => Number(year) >= 2000 && Number(year) <= 2010)).toBe(true)
    await page.context().close()
  })

  it('shares the filters with the partnership list, both ways', async () => {
    const inRange = await cmsCount('partnerships', 'where[kind][equals]=official&where[since][greater_than_equal]=1990')
    const map = await openPage(mapPath('de', '?kind=official&from=1990'))
    expect(await connections(map).count()).toBe(inRange)
    await map.getByTestId('map-as-list').click()
    await map.waitForURL(new RegExp(`${sectionPath('partnerships', 'de')}\\?`))
    expect(await map.getByTestId('partnership-card').count()).toBe(inRange)
    expect(await map.getByTestId('filter-from').inputValue()).toBe('1990')
    await map.getByTestId('list-on-map').click()
    await map.waitForURL(/\/de\/karte\?/)
    expect(await connections(map).count()).toBe(inRange)
    expect(map.consoleErrors).toEqual([])
    await map.context().close()
  })

  it('reaches a connection link with the keyboard and shows its cities and year', async () => {
    const page = await openPage(mapPath('de'))
    let focused: string | null = null
    for (let press = 0; press < 40 && !focused; press++) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate(() => (document.activeElement?.closest('[data-testid="map-canvas"]') && document.activeElement.tagName === 'a' ? document.activeElement.getAttribute('aria-label') : null))
    }
    expect(focused).toMatch(new RegExp(`^.+ – .+, seit \\d{4}, (${de.map.kind_official}|${de.map.kind_project})$`))
    const tip = page.locator('[data-testid="map-canvas"] a:focus text')
    expect(await tip.isVisible()).toBe(true)
    expect(await tip.textContent()).toMatch(/^.+ – .+, seit \d{4}$/)
    expect(inject('siteUrl')).toBeTruthy()
    await page.context().close()
  })
})
