import { describe, expect, inject, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { useBrowser } from './setup/browser'
import { cmsCount } from './setup/seeded'

describe('list filters and pagination', () => {
  const openPage = useBrowser()

  it('filters partnerships by kind from the URL', async () => {
    const page = await openPage(`${sectionPath('partnerships', 'de')}?kind=project`)
    expect(await page.getByTestId('partnership-card').count()).toBe(await cmsCount('partnerships', 'where[kind][equals]=project'))
    await page.context().close()
  })

  it('puts a chosen German state into the URL and narrows the list', async () => {
    const page = await openPage(sectionPath('partnerships', 'en'))
    const all = await page.getByTestId('partnership-card').count()
    await page.getByTestId('filter-state').selectOption({ index: 1 })
    await page.getByTestId('filter-apply').click()
    // The unset fields the form sends are dropped from the address (one address per filter state).
    await page.waitForURL((url) => url.searchParams.has('state') && [...url.searchParams.values()].every(Boolean))
    const filtered = await page.getByTestId('partnership-card').count()
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(all)
    expect(page.consoleErrors).toEqual([])
    await page.context().close()
  })

  it('pages through TERRAIN and filters it by kind', async () => {
    const page = await openPage(sectionPath('terrain', 'zh'))
    await page.getByTestId('pagination-next').click()
    await page.waitForURL(/page=2/)
    expect(await page.getByTestId('terrain-card').count()).toBe((await cmsCount('terrain')) - 6)
    const essays = await openPage(`${sectionPath('terrain', 'zh')}?kind=essay`)
    expect(await essays.getByTestId('terrain-card').count()).toBe(await cmsCount('terrain', 'where[kind][equals]=essay'))
    expect(inject('siteUrl')).toBeTruthy()
    await page.context().close()
    await essays.context().close()
  })
})
