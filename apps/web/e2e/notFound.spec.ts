import { localeTags, locales } from '@stadtmacher/domain/locales'
import { describe, expect, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { useBrowser } from './setup/browser'

const notFoundTitle = { de: 'Seite nicht gefunden', en: 'Page not found', zh: '页面未找到' }

describe('not found', () => {
  const openPage = useBrowser()

  for (const locale of locales) {
    it(`answers an unknown ${locale} slug with a localized, branded 404`, async () => {
      const page = await openPage(sectionPath('partnerships', locale, 'gibt-es-nicht'), { expectStatus: 404 })
      expect(await page.getByTestId('error-page').getAttribute('data-status')).toBe('404')
      expect(await page.locator('h1').textContent()).toBe(notFoundTitle[locale])
      expect(await page.getAttribute('html', 'lang')).toBe(localeTags[locale])
      expect(await page.content()).not.toMatch(/at .*\.(mjs|js|ts):\d+/)
      expect(await page.locator('script[src], link[rel=modulepreload]').count()).toBe(0)
      await page.context().close()
    })
  }

  it('answers an unknown path with 404', async () => {
    const page = await openPage('/en/nowhere/at-all', { expectStatus: 404 })
    expect(await page.locator('h1').textContent()).toBe(notFoundTitle.en)
    await page.context().close()
  })
})
