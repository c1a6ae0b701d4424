// Draft-leak canaries for the reader site: drafts written through the CMS as an editor must never show on
// any page, feed, sitemap or data route of the site, while the published text beside them does.
import { locales, localeTags, type Locale } from '@stadtmacher/domain/locales'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { pageSegments, type Section, sectionPath } from '#shared/utils/sections'
import { login } from './setup/accounts'
import { type TrackedPage, useBrowser } from './setup/browser'
import { type CanaryCollection, type CanaryDoc, canaryWords, cmsWriter, createCanaries, removeCanaries } from './setup/canaries'

/** A request to the site, what status it may answer and which published texts it must show. */
type Probe = { path: string; status?: number[]; contains?: string[] }

const sections: Record<CanaryCollection, Section> = { partnerships: 'partnerships', terrain: 'terrain', authors: 'authors' }
// Query strings a visitor might try to get drafts or previews through the site.
const sneaky = ['', '?draft=true', '?preview=true&draft=true', '?locale=all']

describe('draft leaks on the site', () => {
  const openPage = useBrowser()
  const words = canaryWords()
  let token = ''
  let created: Awaited<ReturnType<typeof createCanaries>> | undefined
  let topic = ''
  let sent = 0
  const failures: string[] = []

  const docs = (collection?: CanaryCollection) => (created?.docs ?? []).filter((doc) => !collection || doc.collection === collection)
  const live = (collection: CanaryCollection) => docs(collection).find((doc) => doc.published.en) as CanaryDoc
  const liveSlug = (collection: CanaryCollection, locale: Locale) => live(collection).published[locale]?.slug ?? ''
  const liveText = (collection: CanaryCollection, locale: Locale) => live(collection).published[locale]?.text ?? ''

  // A hit is the secret (never sent anywhere) or a canary slug; the probe's own slugs are its echo, not a hit.
  const leakPattern = new RegExp(`${words.marker}-|${words.secret}`, 'i')
  const withoutEcho = (body: string, path: string) =>
    (decodeURIComponent(path).match(new RegExp(`${words.marker}-[a-z0-9-]+`, 'g')) ?? []).reduce(
      (text, slug) => text.replace(new RegExp(`${slug}(?![a-z0-9-])`, 'gi'), ''),
      body,
    )

  /** Sends the probes four at a time; returns (and records) every leak, 5xx, unexpected status and missing published text. */
  async function run(probes: Probe[]): Promise<string[]> {
    const before = failures.length
    const siteUrl = inject('siteUrl')
    for (let i = 0; i < probes.length; i += 4) {
      await Promise.all(
        probes.slice(i, i + 4).map(async ({ path, status, contains = [] }) => {
          const response = await fetch(`${siteUrl}${path}`, { headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' } })
          const body = await response.text()
          sent++
          if (leakPattern.test(withoutEcho(body, path))) failures.push(`leak: ${path}`)
          if (response.status >= 500) failures.push(`${response.status}: ${path}`)
          else if (status && !status.includes(response.status)) failures.push(`${response.status} instead of ${status.join('/')}: ${path}`)
          for (const text of contains) if (!body.includes(text)) failures.push(`missing "${text}": ${path}`)
        }),
      )
    }
    return failures.slice(before)
  }

  beforeAll(async () => {
    const cmsUrl = inject('cmsUrl')
    token = await login(cmsUrl, inject('editor'))
    created = await createCanaries(cmsWriter(cmsUrl, token), words)
    const topics = (await (await fetch(`${cmsUrl}/api/topics?limit=1&depth=0`)).json()) as { docs: { slug: string }[] }
    topic = topics.docs[0]?.slug ?? ''
  }, 180_000)

  afterAll(async () => {
    if (created) await removeCanaries(cmsWriter(inject('cmsUrl'), token), created)
  }, 120_000)

  it('has canaries an editor can see in the CMS, so a miss on the site means something', async () => {
    for (const doc of docs()) {
      const response = await fetch(`${inject('cmsUrl')}/api/${doc.collection}/${doc.id}?draft=true&locale=all&depth=0`, { headers: { authorization: `JWT ${token}` } })
      const body = await response.text()
      expect(body, `${doc.collection} ${doc.id}`).toContain(words.secret)
      // The detector flags this editor's view, also with the document's slugs taken out as an echo.
      const path = doc.draftSlugs.map((slug) => `/x/${slug}`).join('')
      expect(leakPattern.test(withoutEcho(body, path)), `${doc.collection} ${doc.id}`).toBe(true)
    }
    expect(docs()).toHaveLength(30)
  })

  it('shows no canary on the lists, the home page, the map, the search and their data routes, in every locale', { timeout: 300_000 }, async () => {
    const probes: Probe[] = []
    for (const locale of locales) {
      const list = (section: Section) => sectionPath(section, locale)
      const [partnership, terrain, author] = [liveSlug('partnerships', locale), liveText('terrain', locale), liveSlug('authors', locale)]
      const filters = ['kind=project', 'state=Bremen', 'province=Zhejiang', 'from=2003&to=2003']
      for (const query of sneaky) {
        probes.push({ path: `/${locale}${query}`, status: [200], contains: [terrain] })
        probes.push({ path: `${list('partnerships')}${query}`, status: [200], contains: [partnership] })
        probes.push({ path: `${list('terrain')}${query}`, status: [200], contains: [terrain] })
        probes.push({ path: `${list('authors')}${query}`, status: [200], contains: [author] })
        probes.push({ path: `/${locale}/${pageSegments.map[locale]}${query}`, status: [200], contains: [partnership] })
      }
      for (const filter of filters) {
        probes.push({ path: `${list('partnerships')}?${filter}`, status: [200], contains: [partnership] })
        probes.push({ path: `/${locale}/${pageSegments.map[locale]}?${filter}`, status: [200], contains: [partnership] })
        probes.push({ path: `/api/partnerships?locale=${locale}&${filter}`, status: [200], contains: [partnership] })
        probes.push({ path: `/api/map?locale=${locale}&${filter}`, status: [200], contains: [partnership] })
      }
      for (const filter of ['kind=official', `topic=${topic}`]) {
        probes.push({ path: `${list('partnerships')}?${filter}`, status: [200] }, { path: `/api/partnerships?locale=${locale}&${filter}`, status: [200] })
      }
      for (const filter of ['kind=essay', 'kind=report', 'page=2', `topic=${topic}`, 'kind=essay&page=1']) {
        probes.push({ path: `${list('terrain')}?${filter}`, status: [200] }, { path: `/api/terrain?locale=${locale}&${filter}`, status: [200] })
      }
      probes.push(
        { path: `/api/home?locale=${locale}`, status: [200], contains: [terrain] },
        { path: `/api/partnerships?locale=${locale}`, status: [200], contains: [partnership] },
        { path: `/api/terrain?locale=${locale}`, status: [200], contains: [terrain] },
        { path: `/api/authors?locale=${locale}`, status: [200], contains: [author] },
        { path: `/api/map?locale=${locale}`, status: [200], contains: [partnership] },
      )
      // The marker, a word of it and its hex part find nothing; the published beacon finds the live profile.
      for (const q of [words.marker, 'canary', words.marker.slice('canary'.length), `${words.marker} ${words.beacon}`]) {
        probes.push({ path: `/${locale}/${pageSegments.search[locale]}?q=${encodeURIComponent(q)}`, status: [200] })
        probes.push({ path: `/api/search?locale=${locale}&q=${encodeURIComponent(q)}`, status: [200] })
      }
      probes.push({ path: `/${locale}/${pageSegments.search[locale]}?q=${words.beacon}`, status: [200], contains: [liveSlug('terrain', locale)] })
      probes.push({ path: `/api/search?locale=${locale}&q=${words.beacon}`, status: [200], contains: [liveSlug('terrain', locale)] })
    }
    expect(await run(probes)).toEqual([])
  })

  it('shows no canary on detail pages, their data routes and the embed route, published or would-be slugs', { timeout: 600_000 }, async () => {
    const probes: Probe[] = []
    for (const doc of docs()) {
      const section = sections[doc.collection]
      const embed = doc.collection === 'partnerships'
      for (const locale of locales) {
        const published = doc.published[locale]
        if (published) {
          probes.push({ path: sectionPath(section, locale, published.slug), status: [200], contains: [published.text] })
          probes.push({ path: `/api/${doc.collection}/${published.slug}?locale=${locale}`, status: [200], contains: [published.text] })
          if (embed) probes.push({ path: `/api/embed/partnerships/${published.slug}?lang=${locale}`, status: [200], contains: [published.slug] })
        }
        // Its slugs from other locales under this one: a German fallback may show, never a draft.
        for (const other of locales.filter((code) => code !== locale)) {
          const slug = doc.published[other]?.slug
          if (slug && slug !== published?.slug) probes.push({ path: sectionPath(section, locale, slug), status: [200, 404] })
        }
        for (const slug of doc.draftSlugs) {
          for (const query of sneaky) probes.push({ path: `${sectionPath(section, locale, slug)}${query}`, status: [404] })
          probes.push({ path: `/api/${doc.collection}/${slug}?locale=${locale}`, status: [404] })
          if (embed) probes.push({ path: `/api/embed/partnerships/${slug}?lang=${locale}`, status: [404] })
        }
      }
    }
    expect(await run(probes)).toEqual([])
  })

  it('shows no canary in the sitemaps, the Atom feeds and the 404 page', async () => {
    const everyLiveSlug = (locale: Locale) => (['partnerships', 'terrain', 'authors'] as const).map((collection) => liveSlug(collection, locale))
    const probes: Probe[] = [
      { path: '/sitemap_index.xml', status: [200] },
      { path: '/api/__sitemap__/urls', status: [200], contains: locales.flatMap(everyLiveSlug) },
      ...locales.map((locale) => ({ path: `/__sitemap__/${localeTags[locale]}.xml`, status: [200], contains: everyLiveSlug(locale) })),
      ...locales.map((locale) => ({ path: `/feed/${locale}.xml`, status: [200], contains: [liveText('terrain', locale)] })),
      ...locales.flatMap((locale) => [
        { path: `/${locale}/gibt-es-nicht`, status: [404] },
        { path: `/${locale}/${words.marker}-nowhere`, status: [404] },
      ]),
      { path: '/', status: [200] },
    ]
    expect(await run(probes)).toEqual([])
  })

  it('shows no canary in the browser, after hydration and a client-side language switch', async () => {
    const siteUrl = inject('siteUrl')
    const before = failures.length
    const check = async (page: TrackedPage) => {
      sent++
      if (leakPattern.test(await page.content())) failures.push(`leak in the browser: ${page.url()}`)
    }
    for (const [locale, next] of [['de', 'en'], ['en', 'zh'], ['zh', 'de']] as const) {
      const page = await openPage(sectionPath('terrain', locale, liveSlug('terrain', locale)))
      await check(page)
      await page.getByTestId(`switch-${next}`).click()
      await page.waitForURL(`${siteUrl}${sectionPath('terrain', next, liveSlug('terrain', next))}`)
      await expect.poll(() => page.locator('h1').textContent()).toBe(liveText('terrain', next))
      await check(page)
      expect(page.consoleErrors).toEqual([])
      await page.context().close()
    }
    // Published in German only: the switcher offers no language whose text is only a draft.
    for (const collection of ['partnerships', 'terrain', 'authors'] as const) {
      const partial = docs(collection).find((doc) => doc.published.de && !doc.published.en) as CanaryDoc
      const page = await openPage(sectionPath(sections[collection], 'de', partial.published.de?.slug))
      expect(await page.getByTestId('language-switcher').locator('a').count()).toBe(0)
      await check(page)
      await page.context().close()
    }
    expect(failures.slice(before)).toEqual([])
  })

  it('drops a withdrawn locale from the cached pages, language links and sitemaps, one locale or all', { timeout: 120_000 }, async () => {
    const siteUrl = inject('siteUrl')
    const write = cmsWriter(inject('cmsUrl'), token)
    const slugs = { de: `${words.beacon}-withdrawn-de`, en: `${words.marker}-withdrawn-en`, zh: `${words.marker}-withdrawn-zh` }
    const text = (locale: Locale) => (locale === 'de' ? words.published('withdrawn de') : words.text(`withdrawn-${locale}`))
    const data = (locale: Locale) => ({ kind: 'essay', date: '2026-11-28', title: text(locale), teaser: text(locale), slug: slugs[locale], _status: 'published' })
    const { id } = await write('POST', 'terrain?locale=de', data('de'))
    for (const locale of ['en', 'zh'] as const) await write('PATCH', `terrain/${id}?locale=${locale}`, data(locale))
    const page = (locale: Locale) => `${siteUrl}${sectionPath('terrain', locale, slugs[locale])}`
    const read = async (url: string) => {
      const response = await fetch(url)
      return { status: response.status, body: await response.text() }
    }
    const sitemap = () => read(`${siteUrl}/api/__sitemap__/urls`)
    try {
      // Everything is live and cached: the pages, the German page's language links and the sitemap.
      for (const locale of locales) expect((await read(page(locale))).status).toBe(200)
      expect((await read(page('de'))).body).toContain(slugs.en)
      expect((await sitemap()).body).toContain(slugs.zh)

      await write('PATCH', `terrain/${id}?locale=en`, { _status: 'draft' })
      expect((await read(page('en'))).status).toBe(404)
      expect((await read(page('de'))).body).not.toContain(slugs.en)
      expect((await read(page('zh'))).body).not.toContain(slugs.en)
      expect((await sitemap()).body).not.toContain(slugs.en)
      expect((await read(page('zh'))).status).toBe(200)

      await write('PATCH', `terrain/${id}?locale=de&unpublishAllLocales=true`, { _status: 'draft' })
      for (const locale of locales) expect((await read(page(locale))).status).toBe(404)
      const after = await sitemap()
      for (const locale of locales) expect(after.body).not.toContain(slugs[locale])
      expect(leakPattern.test((await read(`${siteUrl}/feed/zh.xml`)).body)).toBe(false)
    } finally {
      await write('DELETE', `terrain/${id}`)
    }
  })

  it('sent the probes', () => {
    console.info(`[draft leaks] ${sent} site probes, ${failures.length} failures`)
    expect(sent).toBeGreaterThanOrEqual(500)
  })
})
