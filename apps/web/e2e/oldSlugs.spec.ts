// An editor changes the Chinese slug of a published TERRAIN profile: the old Chinese address answers a 301
// to the new one (server-rendered, from the route cache, and in client-side navigation), the German and
// English addresses stay as they were, and an unknown slug is still a 404.
import { randomBytes } from 'node:crypto'
import type { Locale } from '@stadtmacher/domain/locales'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { login } from './setup/accounts'
import { cms as cmsAs } from './setup/admin'
import { useBrowser } from './setup/browser'

const run = randomBytes(3).toString('hex')
const profile = {
  de: { title: `Umzug ${run}`, teaser: 'Ein Profil, dessen Adresse sich ändert.', slug: `umzug-${run}` },
  en: { title: `Moving ${run}`, teaser: 'A profile whose address changes.', slug: `moving-${run}` },
  zh: { title: `搬家 ${run}`, teaser: '地址会改变的简介。', slug: `banjia-${run}` },
} satisfies Record<Locale, { title: string; teaser: string; slug: string }>
const newZhSlug = `xin-dizhi-${run}`

const site = (path: string) => `${inject('siteUrl')}${path}`
const get = (path: string) => fetch(site(path), { redirect: 'manual' })
const oldZh = sectionPath('terrain', 'zh', profile.zh.slug)
const newZh = sectionPath('terrain', 'zh', newZhSlug)

describe('old slugs', () => {
  const openPage = useBrowser()
  let token = ''
  let id = ''
  const cms = (method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) => cmsAs<{ doc: { id: string } }>(token, method, path, body)

  beforeAll(async () => {
    token = await login(inject('cmsUrl'), inject('editor'))
    const created = await cms('POST', 'terrain?locale=de', { ...profile.de, kind: 'event', _status: 'published' })
    id = created.doc.id
    for (const locale of ['en', 'zh'] as const) await cms('PATCH', `terrain/${id}?locale=${locale}`, { ...profile[locale], _status: 'published' })
  })
  afterAll(async () => {
    if (id) await cms('DELETE', `terrain/${id}`)
  })

  it('serves the profile under its first Chinese slug, and caches that page', async () => {
    for (let attempt = 0; attempt < 2; attempt++) expect((await get(oldZh)).status).toBe(200)
  })

  it('answers the old Chinese address with a 301 to the new one once the editor changes the slug, keeping the query', async () => {
    const before = await Promise.all((['de', 'en'] as const).map(async (locale) => (await get(sectionPath('terrain', locale, profile[locale].slug))).text()))
    await cms('PATCH', `terrain/${id}?locale=zh`, { slug: newZhSlug, _status: 'published' })

    // The CMS's purge webhook has dropped the cached 200; the second request is served from the route cache.
    const first = await get(`${oldZh}?ref=newsletter&page=2`)
    const second = await get(`${oldZh}?ref=newsletter&page=2`)
    for (const response of [first, second]) {
      expect(response.status).toBe(301)
      expect(response.headers.get('location')).toBe(`${newZh}?ref=newsletter&page=2`)
    }
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect((await get(oldZh)).headers.get('location')).toBe(newZh)

    const page = await get(newZh)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(profile.zh.title)

    // German and English: same address, same page (apart from the Chinese alternate, which now points to the new slug).
    const after = await Promise.all((['de', 'en'] as const).map(async (locale) => (await get(sectionPath('terrain', locale, profile[locale].slug))).text()))
    for (const [index, locale] of (['de', 'en'] as const).entries()) {
      const html = after[index]!
      expect(html).toContain(profile[locale].title)
      expect(html.replaceAll(newZhSlug, profile.zh.slug)).toBe(before[index])
    }
  })

  it('redirects only in the locale the slug belonged to, and still answers unknown slugs with 404', async () => {
    expect((await get(sectionPath('terrain', 'en', profile.zh.slug))).status).toBe(404)
    expect((await get(sectionPath('terrain', 'zh', `nie-gewesen-${run}`))).status).toBe(404)
    expect((await get(sectionPath('terrain', 'de', profile.de.slug))).status).toBe(200)
  })

  it('redirects an author’s old slug in every locale: authors have one slug for all of them', async () => {
    const slug = `autorin-${run}`
    const author = await cms('POST', 'authors?locale=de', { name: `Autorin ${run}`, role: 'Journalistin', slug, _status: 'published' })
    for (const [locale, role] of [['en', 'Journalist'], ['zh', '记者']] as const) await cms('PATCH', `authors/${author.doc.id}?locale=${locale}`, { role, _status: 'published' })
    try {
      expect((await get(sectionPath('authors', 'en', slug))).status).toBe(200)
      await cms('PATCH', `authors/${author.doc.id}?locale=de`, { slug: `${slug}-neu`, _status: 'published' })
      for (const locale of ['de', 'en', 'zh'] as const) {
        const response = await get(sectionPath('authors', locale, slug))
        expect(response.status, locale).toBe(301)
        expect(response.headers.get('location')).toBe(sectionPath('authors', locale, `${slug}-neu`))
      }
    } finally {
      await cms('DELETE', `authors/${author.doc.id}`)
    }
  })

  it('takes a reader who follows an old link to the new page', async () => {
    const page = await openPage(`${oldZh}?ref=link`)
    expect(page.url()).toBe(site(`${newZh}?ref=link`))
    expect(await page.locator('h1').textContent()).toBe(profile.zh.title)
    expect(page.consoleErrors).toEqual([])
    await page.context().close()
  })

  it('redirects in client-side navigation too, where the page ships the Vue app', async () => {
    const page = await openPage(sectionPath('terrain', 'zh'))
    type Router = { push: (to: string) => Promise<unknown> }
    const hasApp = await page.evaluate(() => Boolean((document.querySelector('#__nuxt') as { __vue_app__?: unknown } | null)?.__vue_app__))
    if (!hasApp) {
      // Reading pages without JavaScript (noScripts): every navigation is a request to the server, the test above.
      expect(await page.locator('script[src]').count()).toBe(0)
      await page.context().close()
      return
    }
    await page.evaluate(() => Object.assign(window, { stayedOnPage: true }))
    await page.evaluate((path) => {
      const app = (document.querySelector('#__nuxt') as unknown as { __vue_app__: { config: { globalProperties: { $router: Router } } } }).__vue_app__
      return app.config.globalProperties.$router.push(path)
    }, `${oldZh}?ref=app`)
    await page.waitForURL(site(`${newZh}?ref=app`))
    await expect.poll(() => page.locator('h1').textContent()).toBe(profile.zh.title)
    expect(await page.evaluate(() => (window as { stayedOnPage?: boolean }).stayedOnPage)).toBe(true)
    expect(page.requestedUrls.some((url) => url.includes(`/api/terrain/${profile.zh.slug}?`))).toBe(true)
    // The browser reports the 404s that carry the new slug (BFF, payload); nothing else.
    expect(page.consoleErrors.filter((message) => !message.startsWith('Failed to load resource'))).toEqual([])
    await page.context().close()
  })
})
