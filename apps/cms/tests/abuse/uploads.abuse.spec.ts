import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import type { TestCms } from '../helpers/payload'
import { type CmsServer, startCmsServer } from '../helpers/server'
import { createUser, type LoggedIn } from '../helpers/users'

type Answer = { status: number; body: string }

/** A server on 127.0.0.1 that counts its visitors: the target an SSRF would reach. */
async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

describe('uploads an editor may not make', () => {
  let cms: TestCms
  let http: CmsServer
  let editor: LoggedIn
  let internal: { server: Server; url: string }
  let redirect: { server: Server; url: string }
  let internalHits = 0
  let redirectHits = 0

  const upload = async (name: string, type: string, data: Uint8Array): Promise<Answer> => {
    const form = new FormData()
    form.append('file', new Blob([data as Uint8Array<ArrayBuffer>], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'Abuse test' }))
    const response = await fetch(`${http.url}/api/media?locale=de`, { method: 'POST', headers: { Authorization: `JWT ${editor.token}` }, body: form })
    return { status: response.status, body: await response.text() }
  }
  const fromUrl = async (url: string): Promise<Answer> => {
    const { status, body } = await cms.rest('POST', 'media?locale=de', { token: editor.token, body: { alt: 'Von außen', filename: 'remote.png', url } })
    return { status, body: JSON.stringify(body) }
  }
  const pasteUrl = async (url: string): Promise<Answer> => {
    const { status, body } = await cms.rest('GET', `media/paste-url?src=${encodeURIComponent(url)}`, { token: editor.token })
    return { status, body: JSON.stringify(body) }
  }
  const mediaCount = async () => (await cms.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    ;({ cms, server: http } = await startCmsServer())
    editor = await createUser(cms.payload, 'editor')
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } }).png().toBuffer()
    internal = await listen((_req, res) => {
      internalHits++
      res.writeHead(200, { 'Content-Type': 'image/png' }).end(png)
    })
    redirect = await listen((_req, res) => {
      redirectHits++
      res.writeHead(302, { Location: `${internal.url}/secret.png` }).end()
    })
  })
  afterAll(async () => {
    internal?.server.close()
    redirect?.server.close()
    await http?.close()
    await cms?.close()
  })

  it('accepts a real PNG, so the refusals below are about the files', async () => {
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#0a0' } }).png().toBuffer()
    expect((await upload('ok.png', 'image/png', png)).status).toBe(201)
  })

  it('refuses an SVG with a script', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><rect width="1" height="1"/></svg>'
    for (const [name, type] of [['evil.svg', 'image/svg+xml'], ['evil.png', 'image/png']]) {
      const answer = await upload(name!, type!, new TextEncoder().encode(svg))
      expect(answer.status, `${name} ${answer.body}`).toBeGreaterThanOrEqual(400)
      expect(answer.status).toBeLessThan(500)
    }
  })

  it('refuses HTML renamed to .jpg', async () => {
    const before = await mediaCount()
    const answer = await upload('photo.jpg', 'image/jpeg', new TextEncoder().encode('<!doctype html><html><body><script>alert(1)</script></body></html>'))
    expect(answer.status, answer.body).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(await mediaCount()).toBe(before)
  })

  it('refuses a file over the 10 MiB limit', async () => {
    const before = await mediaCount()
    const big = new Uint8Array(10 * 1024 * 1024 + 1024)
    big.set(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#00c' } }).png().toBuffer())
    const answer = await upload('big.png', 'image/png', big)
    expect(answer.status, answer.body).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
    expect(await mediaCount()).toBe(before)
  })

  it.each([
    ['127.0.0.1', () => `${internal.url}/secret.png`],
    ['localhost', () => `${internal.url.replace('127.0.0.1', 'localhost')}/secret.png`],
    ['a redirect to 127.0.0.1', () => `${redirect.url}/image.png`],
  ])('refuses an upload from a URL pointing at %s, without fetching it', async (_target, url) => {
    for (const answer of [await fromUrl(url()), await pasteUrl(url())]) {
      expect(answer.status, answer.body).toBeGreaterThanOrEqual(400)
      expect(answer.status, answer.body).toBeLessThan(500)
    }
    expect(internalHits).toBe(0)
    expect(redirectHits).toBe(0)
  })

  it.each([
    ['127.0.0.1', () => `${internal.url}/secret.png`],
    ['a redirect to 127.0.0.1', () => `${redirect.url}/image.png`],
  ])('refuses an upload from a URL pointing at %s over GraphQL as a client error naming the field', async (_target, url) => {
    const before = await mediaCount()
    const { body } = await cms.graphql<{ createMedia: { id: string } | null }>(
      'mutation($url: String!) { createMedia(data: { alt: "Von außen", filename: "remote.png", url: $url }, locale: de) { id } }',
      { url: url() },
      editor.token,
    )
    expect(body.data?.createMedia ?? null).toBeNull()
    expect(body.errors).toHaveLength(1)
    const [error] = body.errors as { message: string; extensions?: { statusCode?: number; stack?: unknown } }[]
    expect(error?.extensions?.statusCode, JSON.stringify(body.errors)).toBe(400)
    expect(error?.message).toMatch(/\burl\b/)
    expect(error?.extensions?.stack).toBeUndefined()
    expect(internalHits).toBe(0)
    expect(redirectHits).toBe(0)
    expect(await mediaCount()).toBe(before)
  })
})
