import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cmsClient } from '../../server/utils/cms'

// A stand-in CMS on 127.0.0.1 that records what the site's client sends.
describe('the site’s CMS client', () => {
  let server: Server
  let cmsUrl = ''
  const seen: { url: string; headers: IncomingHttpHeaders }[] = []

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push({ url: request.url ?? '', headers: request.headers })
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ docs: [], totalDocs: 0, totalPages: 0, page: 1, limit: 10 }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('sends the partner key when NUXT_CMS_API_KEY is set', async () => {
    await cmsClient({ cmsUrl, cmsApiKey: 'site-key' }).partnerships.list({ locale: 'en', where: { kind: { equals: 'official' } } })
    expect(seen.at(-1)?.headers.authorization).toBe('partners API-Key site-key')
    expect(decodeURIComponent(seen.at(-1)?.url ?? '')).toBe('/api/partnerships?locale=en&where[kind][equals]=official')
  })

  it('calls anonymously without a key', async () => {
    await cmsClient({ cmsUrl, cmsApiKey: '' }).terrain.count({ where: { kind: { equals: 'essay' } } })
    expect(seen.at(-1)?.headers).not.toHaveProperty('authorization')
    expect(decodeURIComponent(seen.at(-1)?.url ?? '')).toBe('/api/terrain/count?locale=de&where[kind][equals]=essay')
  })

  it('asks for uncompressed answers (the CMS is next door: gzip would only cost CPU on both ends)', async () => {
    await cmsClient({ cmsUrl }).topics.list()
    expect(seen.at(-1)?.headers['accept-encoding']).toBe('identity')
  })

  it('follows a changed key', async () => {
    await cmsClient({ cmsUrl, cmsApiKey: 'first' }).authors.list()
    await cmsClient({ cmsUrl, cmsApiKey: 'second' }).authors.list()
    expect(seen.slice(-2).map((request) => request.headers.authorization)).toEqual(['partners API-Key first', 'partners API-Key second'])
  })
})
