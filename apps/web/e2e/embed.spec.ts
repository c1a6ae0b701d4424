import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { type TrackedPage, useBrowser } from './setup/browser'
import { seeded } from './setup/seeded'
import { freePort } from './setup/servers'

const { slug, title } = seeded.partnership

// A partner's page on another origin: the snippet, plus CSS that must not reach into the card.
const partnerHtml = (siteUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner site</title><style>a { color: rgb(255, 0, 0) !important }</style></head>
<body><h1>Our partner city</h1>
<script type="module" src="${siteUrl}/embed/stadtmacher.js"></script>
<stadtmacher-partnership slug="${slug.de}" lang="en"></stadtmacher-partnership>
<stadtmacher-partnership slug="${slug.de}" lang="zh"></stadtmacher-partnership>
</body></html>`

const origins = (page: TrackedPage) => [...new Set(page.requestedUrls.map((url) => new URL(url).origin))].sort()

describe('embeddable partnership widget', () => {
  const openPage = useBrowser()
  let partner: Server | undefined
  let partnerUrl = ''

  beforeAll(async () => {
    const port = await freePort()
    partnerUrl = `http://127.0.0.1:${port}`
    const html = partnerHtml(inject('siteUrl'))
    partner = createServer((request, response) => {
      if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
      else response.writeHead(204).end()
    })
    await new Promise<void>((resolve) => partner?.listen(port, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise<void>((resolve) => (partner ? partner.close(() => resolve()) : resolve())))

  it('shows the card on a partner origin, linking to the site and talking only to the two origins', async () => {
    const siteUrl = inject('siteUrl')
    const page = await openPage(`${partnerUrl}/`)
    const titles = page.getByTestId('embed-title')
    await expect.poll(() => titles.count()).toBe(2)
    expect(await titles.nth(0).textContent()).toBe(title.en)
    expect(await titles.nth(0).getAttribute('href')).toBe(`${siteUrl}${sectionPath('partnerships', 'en', slug.en)}`)
    expect(await titles.nth(1).textContent()).toBe(title.zh)
    expect(await titles.nth(1).getAttribute('href')).toBe(`${siteUrl}${sectionPath('partnerships', 'zh', slug.zh)}`)
    for (const href of await page.locator('stadtmacher-partnership a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect(href.startsWith(`${siteUrl}/`), href).toBe(true)
    }
    const terrainLinks = page.locator('stadtmacher-partnership').first().getByTestId('embed-terrain').locator('a')
    expect(await terrainLinks.count()).toBeGreaterThanOrEqual(1)
    expect(await terrainLinks.count()).toBeLessThanOrEqual(3)
    expect(await page.locator('stadtmacher-partnership').evaluateAll((hosts) => hosts.map((host) => host.shadowRoot?.querySelector('.card')?.getAttribute('lang')))).toEqual(['en', 'zh-Hans'])
    expect(await titles.nth(0).evaluate((link) => getComputedStyle(link).color)).not.toBe('rgb(255, 0, 0)')
    expect(page.consoleErrors).toEqual([])
    expect(origins(page)).toEqual([partnerUrl, siteUrl].sort())
    expect(page.requestedUrls).toContain(`${siteUrl}/api/embed/partnerships/${slug.de}?lang=zh`)
  })

  it('renders the demo page in German, English and Chinese', async () => {
    const page = await openPage('/embed-demo.html')
    const titles = page.getByTestId('embed-title')
    await expect.poll(() => titles.count()).toBe(3)
    expect(await titles.allTextContents()).toEqual([title.de, title.en, title.zh])
    expect(page.consoleErrors).toEqual([])
    expect(origins(page)).toEqual([inject('siteUrl')])
  })

  it('serves the script and the data CORS-open, with cache headers', async () => {
    const siteUrl = inject('siteUrl')
    const script = await fetch(`${siteUrl}/embed/stadtmacher.js`, { headers: { origin: partnerUrl } })
    expect(script.status).toBe(200)
    expect(script.headers.get('content-type')).toContain('javascript')
    expect(script.headers.get('access-control-allow-origin')).toBe('*')
    expect(script.headers.get('cache-control')).toContain('max-age=600')

    const data = await fetch(`${siteUrl}/api/embed/partnerships/${slug.en}?lang=en`, { headers: { origin: partnerUrl } })
    expect(data.status).toBe(200)
    expect(data.headers.get('access-control-allow-origin')).toBe('*')
    expect(data.headers.get('cache-control')).toContain('max-age=')
    const body = (await data.json()) as { title: string; since: number; url: string; terrain: unknown[] }
    expect(body).toMatchObject({ title: title.en, since: 1986, url: `${siteUrl}${sectionPath('partnerships', 'en', slug.en)}` })
    expect(body.terrain.length).toBeGreaterThanOrEqual(1)
    expect(body.terrain.length).toBeLessThanOrEqual(3)
  })

  it('answers 400 naming the bad parameter and 404 for an unknown partnership', async () => {
    const siteUrl = inject('siteUrl')
    const badLang = await fetch(`${siteUrl}/api/embed/partnerships/${slug.de}?lang=fr`)
    expect(badLang.status).toBe(400)
    expect(await badLang.text()).toContain('lang')
    const badSlug = await fetch(`${siteUrl}/api/embed/partnerships/Not_A_Slug?lang=de`)
    expect(badSlug.status).toBe(400)
    expect(await badSlug.text()).toContain('slug')
    const unknown = await fetch(`${siteUrl}/api/embed/partnerships/no-such-partnership?lang=en`)
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('access-control-allow-origin')).toBe('*')
  })
})
