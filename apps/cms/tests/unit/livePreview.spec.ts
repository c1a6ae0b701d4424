import { describe, expect, it } from 'vitest'
import { livePreviewUrl } from '../../src/livePreview'
import { configuredOrigins, corsOrigins } from '../../src/middleware/corsOrigins'
import { siteUrl } from '../../src/siteUrl'

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv
const terrain = { slug: 'terrain' } as Parameters<typeof livePreviewUrl>[0]['collectionConfig']
const site = env({ WEB_URL: 'https://stadtmacher.example', NODE_ENV: 'production' })

describe('live preview URL', () => {
  it.each(['de', 'en', 'zh'])('points at the site preview of the document in the locale being edited (%s)', (code) => {
    const url = livePreviewUrl({ collectionConfig: terrain, data: { id: 'a1b2' }, locale: { code, label: '' } }, site)
    expect(url).toBe(`https://stadtmacher.example/${code}/preview/terrain/a1b2`)
  })

  it.each(['partnerships', 'authors'])('also previews %s', (slug) => {
    const url = livePreviewUrl({ collectionConfig: { slug } as typeof terrain, data: { id: 'x1' }, locale: { code: 'en', label: '' } }, site)
    expect(url).toBe(`https://stadtmacher.example/en/preview/${slug}/x1`)
  })

  it('holds the id only, never a token or any content of the document', () => {
    const url = new URL(livePreviewUrl({ collectionConfig: terrain, data: { id: 'a1b2', title: 'Entwurf', slug: 'entwurf' }, locale: { code: 'de', label: '' } }, site)!)
    expect(url.search).toBe('')
    expect(url.pathname).not.toMatch(/entwurf/i)
  })

  it('offers no preview for collections the site cannot show, unknown locales or a missing id', () => {
    const cities = { slug: 'cities' } as typeof terrain
    expect(livePreviewUrl({ collectionConfig: cities, data: { id: 'x' }, locale: { code: 'de', label: '' } }, site)).toBeNull()
    expect(livePreviewUrl({ collectionConfig: terrain, data: { id: 'x' }, locale: { code: 'fr', label: '' } }, site)).toBeNull()
    expect(livePreviewUrl({ collectionConfig: terrain, data: {}, locale: { code: 'de', label: '' } }, site)).toBeNull()
  })

  it('has no site to point at in production without WEB_URL', () => {
    expect(livePreviewUrl({ collectionConfig: terrain, data: { id: 'x' }, locale: { code: 'de', label: '' } }, env({ NODE_ENV: 'production' }))).toBeNull()
  })
})

describe('site address', () => {
  it('is WEB_URL, or in development the address npm start serves the site on', () => {
    expect(siteUrl(env({ WEB_URL: 'https://site.example', NODE_ENV: 'production' }))).toBe('https://site.example')
    expect(siteUrl(env({ NODE_ENV: 'development' }))).toBe('http://127.0.0.1:3001')
    expect(siteUrl(env({ NODE_ENV: 'production' }))).toBeUndefined()
  })

  it('is a CORS origin, so the preview can call the API with the editor cookie', () => {
    expect(corsOrigins(env({ NODE_ENV: 'development' }))).toEqual(['http://127.0.0.1:3001'])
    expect(corsOrigins(env({ NODE_ENV: 'production', WEB_URL: 'https://site.example' }))).toEqual(['https://site.example'])
  })

  it('is no CSRF origin by default: a non-empty list without the CMS would refuse the admin its own cookie', () => {
    expect(configuredOrigins(env({ NODE_ENV: 'development' }))).toEqual([])
  })
})
