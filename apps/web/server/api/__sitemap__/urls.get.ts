import { defaultLocale, locales, localeTags, type Locale } from '@stadtmacher/domain/locales'
import type { H3Event } from 'h3'
import { translatedCollections } from '@stadtmacher/domain/documentTypes'
import { sectionPath, type Section } from '#shared/utils/sections'

type Entry = { loc: string; lastmod?: string; _sitemap: string; alternatives: { hreflang: string; href: string }[] }

/** One entry per locale a document exists in, each listing the others (and x-default) as alternates. */
async function documentEntries(event: H3Event, section: Section): Promise<Entry[]> {
  const docs = await cmsFindAll(event, section, { locale: 'all', select: { slug: true, updatedAt: true } })
  return docs.flatMap((doc) => {
    const slugs = doc.slug as unknown as Partial<Record<Locale, string>> | string
    const paths = Object.fromEntries(
      locales.flatMap((code) => {
        const slug = typeof slugs === 'string' ? slugs : slugs?.[code]
        return slug ? [[code, sectionPath(section, code, slug)]] : []
      }),
    ) as Partial<Record<Locale, string>>
    const alternatives = [
      ...(Object.entries(paths) as [Locale, string][]).map(([code, href]) => ({ hreflang: localeTags[code], href })),
      ...(paths[defaultLocale] ? [{ hreflang: 'x-default', href: paths[defaultLocale] }] : []),
    ]
    return (Object.entries(paths) as [Locale, string][]).map(([code, loc]) => ({ loc, lastmod: doc.updatedAt, _sitemap: localeTags[code], alternatives }))
  })
}

// The sitemap module lists the static pages itself; this adds every published document in every locale.
export default defineCachedEventHandler(
  async (event) => (await Promise.all(translatedCollections.map((section) => documentEntries(event, section)))).flat(),
  { name: cacheNames.sitemap, getKey: () => 'all', ...swrOptions },
)
