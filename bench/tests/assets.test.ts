import { describe, expect, it } from 'vitest'
import { nuxtPayload, payloadUrl, scriptAssets } from '../html/assets'

const origin = 'http://127.0.0.1:4000'

describe('scriptAssets', () => {
  it('finds module scripts and modulepreloads once each, resolved against the page', () => {
    const html = `<head><link rel="modulepreload" as="script" crossorigin href="/_nuxt/a.js"><link rel="stylesheet" href="/_nuxt/e.css">
      <script type="module" src="/_nuxt/a.js" crossorigin></script><link rel="preload" as="script" href="b.js"></head>`
    expect(scriptAssets(html, `${origin}/de/terrain`)).toEqual([`${origin}/_nuxt/a.js`, `${origin}/de/b.js`])
  })
  it('reads the inline Nuxt payload', () => {
    expect(nuxtPayload('<script type="application/json" data-nuxt-data="nuxt-app" id="__NUXT_DATA__">[1,2]</script>')).toBe('[1,2]')
    expect(nuxtPayload('<p>no payload</p>')).toBeNull()
  })
})

describe('payloadUrl', () => {
  it('finds the preloaded _payload.json of a cached page', () => {
    const html = '<link rel="preload" as="fetch" crossorigin="anonymous" href="/de/terrain/x/_payload.json?_b=1&amp;a=2">'
    expect(payloadUrl(html, `${origin}/de/terrain/x`)).toBe(`${origin}/de/terrain/x/_payload.json?_b=1&a=2`)
    expect(payloadUrl('<link rel="stylesheet" href="/a.css">', origin)).toBeNull()
  })
})

describe('scriptAssets and the payload script', () => {
  it('does not count the payload script, whose data-src is data, not code', () => {
    const html = '<script type="application/json" id="__NUXT_DATA__" data-ssr="true" data-src="/de/_payload.json?_b=1">[1]</script><script type="module" src="/_nuxt/e.js"></script>'
    expect(scriptAssets(html, origin)).toEqual([`${origin}/_nuxt/e.js`])
  })
})
