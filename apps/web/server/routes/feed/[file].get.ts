import { locales, localeTags, type Locale } from '@stadtmacher/domain/locales'
import type { Author } from '@stadtmacher/types'
import { populatedList } from '#shared/utils/cardProjections'
import { sectionPath } from '#shared/utils/sections'
import { z } from 'zod'

// Feed titles are UI text, but the server has no vue-i18n: the three are kept here, beside their only use.
const subtitles = {
  de: 'Neue Beiträge aus TERRAIN: Projektbeispiele, Essays, Veranstaltungen und Berichte.',
  en: 'New from TERRAIN: project examples, essays, events and reports.',
  zh: 'TERRAIN 最新内容：项目案例、随笔、活动与报道。',
} as const

// Not under /de/…: Nuxt registers the page renderer for the cached `/de/**` route rules, and that static
// prefix would win over a `/:locale/feed.xml` route.
const feedFile = z.object({ file: z.enum(locales.map((code) => `${code}.xml`) as [`${Locale}.xml`, ...`${Locale}.xml`[]]) })

/** Atom feed of the latest TERRAIN profiles in one locale: /feed/de.xml, /feed/en.xml, /feed/zh.xml. */
export default defineCachedEventHandler(
  async (event) => {
    const { file } = await getValidatedRouterParams(event, feedFile.parse)
    const locale = file.replace('.xml', '') as Locale
    const { siteUrl } = useRuntimeConfig(event).public
    const absolute = (path: string) => new URL(path, siteUrl).toString()
    const { docs } = await cmsFind(event, 'terrain', {
      locale,
      sort: '-date',
      limit: 50,
      depth: 1,
      select: { title: true, teaser: true, slug: true, date: true, updatedAt: true, authors: true },
    })
    const entries = docs.map((doc) => ({
      id: `urn:stadtmacher:terrain:${doc.id}`,
      title: doc.title,
      summary: doc.teaser,
      url: absolute(sectionPath('terrain', locale, doc.slug)),
      updated: doc.updatedAt,
      authors: populatedList<Author>(doc.authors).map((author) => author.name),
    }))
    setResponseHeader(event, 'content-type', 'application/atom+xml; charset=utf-8')
    return atomFeed({
      id: absolute(`/feed/${locale}.xml`),
      title: 'Stadtmacher TERRAIN',
      subtitle: subtitles[locale],
      lang: localeTags[locale],
      selfUrl: absolute(`/feed/${locale}.xml`),
      siteUrl: absolute(sectionPath('terrain', locale)),
      updated: entries.map((entry) => entry.updated).sort().at(-1) ?? new Date(0).toISOString(),
      entries,
    })
  },
  { name: cacheNames.feed, getKey: (event) => cacheKey(getRouterParam(event, 'file')), ...swrOptions },
)
