import { describe, expect, inject, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { useBrowser } from './setup/browser'
import { seeded } from './setup/seeded'

// Runs last (see setup/sequencer.ts): it stops the CMS.
describe('CMS down', () => {
  const openPage = useBrowser()
  const cached = sectionPath('partnerships', 'de', seeded.partnership.slug.de)

  it('serves cached pages and the branded 503 for uncached ones', async () => {
    const warm = await openPage(cached)
    await warm.context().close()

    process.kill(-inject('cmsPid'), 'SIGTERM')
    const cmsUrl = inject('cmsUrl')
    for (let attempt = 0; attempt < 30; attempt++) {
      if (!(await fetch(cmsUrl).then(() => true).catch(() => false))) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    await expect(fetch(cmsUrl)).rejects.toThrow()

    const stillThere = await openPage(cached)
    expect(await stillThere.locator('h1').textContent()).toBe(seeded.partnership.title.de)
    await stillThere.context().close()

    const uncached = await openPage(sectionPath('partnerships', 'en', 'duisburg-wuhan'), { expectStatus: 503 })
    expect(await uncached.getByTestId('error-page').getAttribute('data-status')).toBe('503')
    expect(await uncached.locator('h1').textContent()).toBe('Temporarily unavailable')
    expect(await uncached.getByTestId('brand').isVisible()).toBe(true)
    await uncached.context().close()
  })
})
