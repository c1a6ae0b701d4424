// One Debian Chromium per spec file, driven by playwright-core; pages record console errors.
import { AxeBuilder } from '@axe-core/playwright'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject } from 'vitest'

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** A page with its console errors and the URL of every request it made. */
export type TrackedPage = Page & { consoleErrors: string[]; requestedUrls: string[] }

/** Launches the browser for a spec file and gives a factory for pages on the site. */
export function useBrowser() {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args, headless: true })
  })
  afterAll(async () => {
    await browser?.close()
  })
  return async function openPage(path: string, options: { locale?: string; expectStatus?: number; javaScriptEnabled?: boolean } = {}): Promise<TrackedPage> {
    if (!browser) throw new Error('browser not started')
    const context = await browser.newContext({ locale: options.locale ?? 'de-DE', viewport: { width: 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true })
    const page = (await context.newPage()) as TrackedPage
    page.consoleErrors = []
    page.requestedUrls = []
    page.on('request', (request) => page.requestedUrls.push(request.url()))
    page.on('console', (message) => {
      if (message.type() === 'error') page.consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => page.consoleErrors.push(error.message))
    // A full URL opens another origin (a partner page embedding the widget); a path is on the site.
    const url = /^https?:\/\//.test(path) ? path : `${inject('siteUrl')}${path}`
    const response = await page.goto(url, { waitUntil: 'networkidle' })
    expect(response?.status(), `status of ${path}`).toBe(options.expectStatus ?? 200)
    return page
  }
}

/** Serious and critical axe-core violations on the page, as readable strings. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** The canonical, hreflang alternates and html lang of the page. */
export async function seoLinks(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    alternates: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    ),
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
    ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null,
  }))
}
