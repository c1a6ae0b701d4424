import type { Locale } from '@stadtmacher/domain/locales'
import { inject } from 'vitest'

/** Seeded documents the specs visit, with their slug and title in each locale (from apps/cms/src/seed/data). */
export const seeded = {
  partnership: {
    slug: { de: 'hamburg-shanghai', en: 'hamburg-shanghai', zh: 'hanbao-shanghai' },
    title: { de: 'Hamburg – Shanghai', en: 'Hamburg – Shanghai', zh: '汉堡 – 上海' },
  },
  terrain: {
    slug: { de: 'die-pekinger-mischung', en: 'the-beijing-mix', zh: 'beijing-shijin' },
    title: { de: 'Die Pekinger Mischung', en: 'The Beijing Mix', zh: '北京什锦' },
  },
  author: { slug: { de: 'christian-y-schmidt', en: 'christian-y-schmidt', zh: 'christian-y-schmidt' }, name: 'Christian Y. Schmidt' },
} satisfies Record<string, { slug: Record<Locale, string>; title?: Record<Locale, string>; name?: string }>

/** A count straight from the CMS REST API, to compare the site's figures with. */
export async function cmsCount(collection: string, where = ''): Promise<number> {
  const response = await fetch(`${inject('cmsUrl')}/api/${collection}/count${where ? `?${where}` : ''}`)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}
