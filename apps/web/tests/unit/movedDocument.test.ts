import { createApp, createError, toNodeListener } from 'h3'
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { movedRoute, movedToOf } from '#shared/utils/movedDocument'

describe('old slugs: the redirect', () => {
  // The BFF's answer as the page receives it: h3's error JSON, read by fetch.
  let server: Server
  let origin: string
  beforeAll(async () => {
    const app = createApp()
    app.use('/moved', () => {
      throw createError({ statusCode: 404, statusMessage: 'Not found', data: { movedTo: 'neue-adresse' } })
    })
    app.use('/missing', () => {
      throw createError({ statusCode: 404, statusMessage: 'Not found' })
    })
    server = createServer(toNodeListener(app))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const failure = async (path: string) => {
    const response = await fetch(`${origin}${path}`)
    expect(response.status).toBe(404)
    // The shape of a fetch error (ofetch, and Nuxt's error from useAsyncData): the parsed body under `data`.
    return { statusCode: response.status, data: await response.json() }
  }

  it('reads the new slug from the BFF’s 404 for an old slug', async () => {
    expect(movedToOf(await failure('/moved'))).toBe('neue-adresse')
  })

  it('finds no new slug in a plain 404 or other failures', async () => {
    expect(movedToOf(await failure('/missing'))).toBeUndefined()
    expect(movedToOf(new Error('CMS unavailable'))).toBeUndefined()
    expect(movedToOf(undefined)).toBeUndefined()
    expect(movedToOf({ data: { data: { movedTo: 42 } } })).toBeUndefined()
  })

  it('keeps the page, its locale, the query string and the fragment, and replaces only the slug', () => {
    const route = { name: 'terrain-slug___zh', params: { slug: 'jiu-dizhi' }, query: { utm_source: 'news', page: '2' }, hash: '#teil-2' }
    expect(movedRoute(route, 'xin-dizhi')).toEqual({
      name: 'terrain-slug___zh',
      params: { slug: 'xin-dizhi' },
      query: { utm_source: 'news', page: '2' },
      hash: '#teil-2',
    })
  })
})
