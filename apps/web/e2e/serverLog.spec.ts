import { readFileSync } from 'node:fs'
import { locales } from '@stadtmacher/domain/locales'
import { describe, expect, inject, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { seeded } from './setup/seeded'

// A server that writes a line for every page it renders buries real problems in its log, and pays for the
// writes. @nuxtjs/i18n's SEO helper once warned on every document page (its `baseUrl` was never set: the
// site writes its own canonical and hreflang links).
describe('site log', () => {
  it('stays quiet while pages render', async () => {
    const log = inject('siteLog')
    const before = readFileSync(log).length
    const paths = locales.flatMap((locale) => [
      `/${locale}`,
      sectionPath('terrain', locale),
      sectionPath('terrain', locale, seeded.terrain.slug[locale]),
      sectionPath('partnerships', locale, seeded.partnership.slug[locale]),
      sectionPath('authors', locale, seeded.author.slug[locale]),
    ])
    // A query the pages ignore but the page cache keys on: each page renders now, not from an earlier spec's copy.
    const fresh = `log-check=${Date.now()}`
    for (const path of paths) {
      const response = await fetch(`${inject('siteUrl')}${path}?${fresh}`)
      expect(response.status, path).toBe(200)
      await response.text()
    }
    expect(readFileSync(log).subarray(before).toString()).toBe('')
  })
})
