import { describe, expect, inject, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { useBrowser } from './setup/browser'
import { seeded } from './setup/seeded'

describe('language switch', () => {
  const openPage = useBrowser()

  it('keeps the reader on the same partnership with its translated slug', async () => {
    const page = await openPage(sectionPath('partnerships', 'zh', seeded.partnership.slug.zh))
    await page.getByTestId('switch-de').click()
    await page.waitForURL(`${inject('siteUrl')}${sectionPath('partnerships', 'de', seeded.partnership.slug.de)}`)
    expect(await page.locator('h1').textContent()).toBe(seeded.partnership.title.de)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de-DE')
    await page.context().close()
  })

  it('keeps the reader on the same TERRAIN profile from English to Chinese', async () => {
    const page = await openPage(sectionPath('terrain', 'en', seeded.terrain.slug.en))
    await page.getByTestId('switch-zh').click()
    await page.waitForURL(`${inject('siteUrl')}${sectionPath('terrain', 'zh', seeded.terrain.slug.zh)}`)
    expect(await page.locator('h1').textContent()).toBe(seeded.terrain.title.zh)
    expect(page.consoleErrors).toEqual([])
    await page.context().close()
  })

  it('offers only the other locales the document exists in', async () => {
    const page = await openPage(sectionPath('authors', 'en', seeded.author.slug.en))
    const links = await page.getByTestId('language-switcher').locator('a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('hreflang')))
    expect(links).toEqual(['de-DE', 'zh-Hans'])
    await page.context().close()
  })

  it('redirects / by the browser language, German by default', async () => {
    const site = inject('siteUrl')
    const zh = await fetch(`${site}/`, { redirect: 'manual', headers: { 'accept-language': 'zh-CN,zh;q=0.9' } })
    expect(zh.headers.get('location')).toMatch(/\/zh$/)
    const other = await fetch(`${site}/`, { redirect: 'manual', headers: { 'accept-language': 'fr-FR' } })
    expect(other.headers.get('location')).toMatch(/\/de$/)
  })
})
