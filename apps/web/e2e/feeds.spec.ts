import { locales, localeTags } from '@stadtmacher/domain/locales'
import { describe, expect, inject, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { cmsCount, seeded } from './setup/seeded'

describe('sitemap and feeds', () => {
  it('lists every locale sitemap in the index', async () => {
    const xml = await (await fetch(`${inject('siteUrl')}/sitemap_index.xml`)).text()
    for (const code of locales) expect(xml).toContain(`/__sitemap__/${localeTags[code]}.xml`)
  })

  it('has each document in its locale sitemap with hreflang alternates', async () => {
    const xml = await (await fetch(`${inject('siteUrl')}/__sitemap__/zh-Hans.xml`)).text()
    expect(xml).toContain(`<loc>${inject('siteUrl')}${sectionPath('partnerships', 'zh', seeded.partnership.slug.zh)}</loc>`)
    expect(xml).toContain(`hreflang="de-DE" href="${inject('siteUrl')}${sectionPath('partnerships', 'de', seeded.partnership.slug.de)}"`)
    expect(xml).toContain(`<loc>${inject('siteUrl')}${sectionPath('terrain', 'zh', seeded.terrain.slug.zh)}</loc>`)
  })

  for (const locale of locales) {
    it(`serves an Atom feed of TERRAIN in ${locale}`, async () => {
      const response = await fetch(`${inject('siteUrl')}/feed/${locale}.xml`)
      expect(response.headers.get('content-type')).toContain('application/atom+xml')
      const xml = await response.text()
      expect(xml).toContain(`xml:lang="${localeTags[locale]}"`)
      expect(xml.match(/<entry>/g)?.length).toBe(await cmsCount('terrain'))
      expect(xml).toContain(`<title>${seeded.terrain.title[locale]}</title>`)
    })
  }
})
