// An editor in the CMS admin (Chromium) edits the Chinese title of a TERRAIN profile, watches the site's
// live preview follow, and publishes Chinese only; the public site then shows it in Chinese while the
// English version stays unpublished and German keeps its published text.
import { randomBytes } from 'node:crypto'
import type { Terrain } from '@stadtmacher/types'
import type { FrameLocator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { adminTimeout, cms, logIn, sessionToken } from './setup/admin'
import { useBrowser } from './setup/browser'
import { seeded } from './setup/seeded'

type Localized = { de: string; en: string; zh: string }

const suffix = randomBytes(3).toString('hex')
const titles = { de: `Vorschau-Probe ${suffix}`, en: `Preview probe ${suffix}`, zh: `预览样本 ${suffix}` }
const newZhTitle = `北京新标题 ${suffix}`
const site = (path: string) => fetch(`${inject('siteUrl')}${path}`)
const siteText = async (path: string) => (await site(path)).text()
const anonymousCms = (id: string, locale: string) => fetch(`${inject('cmsUrl')}/api/terrain/${id}?locale=${locale}&depth=0`)

/**
 * Upstream quirk (Payload 3.90.2 with localizeStatus): on the first edit the admin compares the form's
 * updatedAt (the latest zh version) with the document read without a locale (the latest de version) and
 * claims another user changed it; its only button reloads the document. An editor meets this whenever
 * the last save was in another locale than German. Expected here so the spec notices an upstream fix.
 */
async function dismissFalseStaleWarning(page: Page) {
  const title = page.locator('#field-title')
  await title.press('End')
  await title.pressSequentially('x')
  await page.locator('#document-stale-data-reload').click({ timeout: adminTimeout })
  await expect.poll(() => title.inputValue(), { timeout: adminTimeout }).toBe(titles.zh)
}

/** Milliseconds until the preview's heading shows `text`. */
async function previewShows(preview: FrameLocator, text: string): Promise<number> {
  const started = Date.now()
  await preview.locator('h1').filter({ hasText: text }).waitFor({ timeout: 30_000 })
  return Date.now() - started
}

describe('live preview and publishing Chinese only, from the admin', () => {
  const openPage = useBrowser()
  let page: Page
  let token: string
  let id: string
  let slugs: Localized

  beforeAll(async () => {
    page = await openPage(`${inject('cmsUrl')}/admin/login`)
    await logIn(page)
    token = await sessionToken(page)

    // Published in German only; English and Chinese are drafts.
    const created = await cms<{ doc: Terrain }>(token, 'POST', 'terrain?locale=de', { title: titles.de, teaser: 'Veröffentlicht.', kind: 'essay', _status: 'published' })
    id = created.doc.id
    for (const locale of ['en', 'zh'] as const) {
      await cms(token, 'PATCH', `terrain/${id}?locale=${locale}&draft=true`, { title: titles[locale], teaser: `Draft ${locale}.`, _status: 'draft' })
    }
    const all = await cms<{ slug: Localized }>(token, 'GET', `terrain/${id}?locale=all&draft=true&depth=0`)
    slugs = all.slug
  }, 300_000)
  // Other specs count TERRAIN per locale against the seed: leave nothing behind.
  afterAll(async () => {
    if (id) await cms(token, 'DELETE', `terrain/${id}`)
  })

  it('starts published in German only: the en and zh pages are 404', async () => {
    expect(await siteText(`/de/terrain/${slugs.de}`)).toContain(titles.de)
    expect((await site(`/en/terrain/${slugs.en}`)).status).toBe(404)
    expect((await site(`/zh/terrain/${slugs.zh}`)).status).toBe(404)
  })

  it('shows the Chinese draft in the preview and follows the title as the editor types', { timeout: 240_000 }, async () => {
    await page.goto(`${inject('cmsUrl')}/admin/collections/terrain/${id}?locale=zh`, { timeout: adminTimeout })
    const title = page.locator('#field-title')
    await expect.poll(() => title.inputValue(), { timeout: adminTimeout }).toBe(titles.zh)
    await dismissFalseStaleWarning(page)
    await page.locator('#live-preview-toggler').click()
    const iframe = page.locator('iframe#live-preview-iframe')
    expect(await iframe.getAttribute('src', { timeout: adminTimeout })).toBe(`${inject('siteUrl')}/zh/preview/terrain/${id}`)
    const preview = page.frameLocator('iframe#live-preview-iframe')
    const firstShown = await previewShows(preview, titles.zh)

    await title.fill(newZhTitle)
    const afterFill = await previewShows(preview, newZhTitle)
    await title.pressSequentially('！', { delay: 50 })
    const afterKey = await previewShows(preview, `${newZhTitle}！`)
    // The preview renders the public page's component: the Chinese kind label and the page structure.
    await expect.poll(() => preview.locator('[data-testid="terrain-detail"] .tag').textContent()).toBe('随笔')
    console.info(`[e2e] live preview: first render ${firstShown} ms after opening, ${afterFill} ms after fill, ${afterKey} ms after a keystroke`)

    // Typing saved nothing: the public Chinese page still does not exist.
    expect((await site(`/zh/terrain/${slugs.zh}`)).status).toBe(404)
  })

  it('serves the preview page without any document, never cached, framed by the CMS only', async () => {
    const response = await fetch(`${inject('siteUrl')}/zh/preview/terrain/${id}`, { headers: { cookie: `payload-token=${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(response.headers.get('content-security-policy')).toBe(`frame-ancestors ${inject('cmsUrl')}`)
    const html = await response.text()
    expect(html).not.toContain(titles.zh)
    expect(html).not.toContain(suffix)
    expect(html).toContain('noindex')
    // Nitro's page cache marks what it serves; public pages have it, the preview must not.
    expect(response.headers.get('last-modified')).toBeNull()
    const publicPage = await site(`/de/terrain/${slugs.de}`)
    expect(publicPage.headers.get('content-security-policy')).toBe("frame-ancestors 'none'")
    expect(publicPage.headers.get('last-modified')).not.toBeNull()
  })

  it('publishes Chinese only: the zh page shows the new title, en stays unpublished, de unchanged', { timeout: 180_000 }, async () => {
    await page.locator('#action-save-popup button').first().click()
    const published = page.waitForResponse((response) => response.url().includes(`/api/terrain/${id}?`) && response.request().method() === 'PATCH', { timeout: adminTimeout })
    await page.locator('#publish-locale').click()
    const answer = await published
    expect(answer.url()).toContain('publishSpecificLocale=zh')
    expect(answer.status(), await answer.text()).toBe(200)
    expect((await anonymousCms(id, 'zh')).status).toBe(200)
    expect(((await (await anonymousCms(id, 'zh')).json()) as Terrain).title).toBe(`${newZhTitle}！`)
    expect((await anonymousCms(id, 'en')).status).toBe(404)
    expect(((await (await anonymousCms(id, 'de')).json()) as Terrain).title).toBe(titles.de)

    // The CMS purges the site's cache on publish; polled gently (the CMS rate-limits this address).
    await expect.poll(() => siteText(`/zh/terrain/${slugs.zh}`), { timeout: 30_000, interval: 1000 }).toContain(`${newZhTitle}！`)
    expect((await site(`/en/terrain/${slugs.en}`)).status).toBe(404)
    expect(await siteText(`/de/terrain/${slugs.de}`)).toContain(titles.de)
  })

  it('previews partnerships in the admin too, in the locale being edited', { timeout: 180_000 }, async () => {
    const { docs } = await cms<{ docs: { id: string }[] }>(token, 'GET', `partnerships?where[slug][equals]=${seeded.partnership.slug.de}&locale=de&depth=0`)
    await page.goto(`${inject('cmsUrl')}/admin/collections/partnerships/${docs[0]!.id}?locale=en`, { timeout: adminTimeout })
    const iframe = page.locator('iframe#live-preview-iframe')
    await page.locator('#live-preview-toggler').click({ timeout: adminTimeout })
    expect(await iframe.getAttribute('src', { timeout: adminTimeout })).toBe(`${inject('siteUrl')}/en/preview/partnerships/${docs[0]!.id}`)
    const preview = page.frameLocator('iframe#live-preview-iframe')
    await previewShows(preview, seeded.partnership.title.en)
    await expect.poll(() => preview.locator('[data-testid="partnership-facts"]').textContent()).toContain('Shanghai')
  })

  it('keeps drafts out of cached public pages: a German draft leaves the public page on its published text', async () => {
    const path = `/de/terrain/${slugs.de}`
    expect(await siteText(path)).toContain(titles.de)
    await cms(token, 'PATCH', `terrain/${id}?locale=de&draft=true`, { title: `Entwurf ${suffix}`, _status: 'draft' })
    // Whether the page comes from the cache or is rendered again after the CMS's purge, it is the published text.
    for (let attempt = 0; attempt < 3; attempt++) {
      const html = await siteText(path)
      expect(html).toContain(titles.de)
      expect(html).not.toContain(`Entwurf ${suffix}`)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  })
})
