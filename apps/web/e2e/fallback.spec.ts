// The site's look-up by slug for addresses that are not simply a published translation: a profile whose
// English version has a title but no text of its own is shown in English with the German text and a note;
// a German slug under /en/ is no address, whether the profile is unpublished in English or has its own
// English slug.
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { sectionPath } from '#shared/utils/sections'
import { login } from './setup/accounts'
import { cms as cmsAs } from './setup/admin'

const run = randomBytes(3).toString('hex')
const text = (words: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text: words, detail: 0, format: 0, mode: 'normal', style: '' }] }] },
})
const germanOnly = { title: `Nur Deutsch ${run}`, teaser: 'Nur auf Deutsch.', slug: `nur-deutsch-${run}` }
const untranslatedText = {
  de: { title: `Übersetzt ${run}`, teaser: 'Auch auf Englisch.', slug: `uebersetzt-${run}`, body: text(`Deutscher Text ${run}`) },
  en: { title: `Translated ${run}`, teaser: 'In English too.', slug: `translated-${run}` },
}

const site = (path: string) => `${inject('siteUrl')}${path}`
const get = (path: string) => fetch(site(path), { redirect: 'manual' })
const alternates = (html: string) => [...html.matchAll(/<link[^>]*rel="alternate"[^>]*hreflang[^>]*>/g)].map(([tag]) => [/hreflang="([^"]+)"/.exec(tag)?.[1], /href="([^"]+)"/.exec(tag)?.[1]])

describe('a profile with German text under another locale', () => {
  let token = ''
  const ids: string[] = []
  const cms = (method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown) => cmsAs<{ doc: { id: string } }>(token, method, path, body)

  beforeAll(async () => {
    token = await login(inject('cmsUrl'), inject('editor'))
    ids.push((await cms('POST', 'terrain?locale=de', { ...germanOnly, kind: 'essay', _status: 'published' })).doc.id)
    const both = await cms('POST', 'terrain?locale=de', { ...untranslatedText.de, kind: 'essay', _status: 'published' })
    ids.push(both.doc.id)
    await cms('PATCH', `terrain/${both.doc.id}?locale=en`, { ...untranslatedText.en, _status: 'published' })
  })
  afterAll(async () => {
    for (const id of ids) await cms('DELETE', `terrain/${id}`)
  })

  it('shows a profile without English text under its English slug with the German text, a note and both alternates', async () => {
    const response = await get(sectionPath('terrain', 'en', untranslatedText.en.slug))
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain(untranslatedText.en.title)
    expect(html).toContain(`Deutscher Text ${run}`)
    expect(html).toContain('data-testid="fallback-note"')
    expect(alternates(html)).toEqual([
      ['de-DE', site(sectionPath('terrain', 'de', untranslatedText.de.slug))],
      ['en', site(sectionPath('terrain', 'en', untranslatedText.en.slug))],
      ['x-default', site(sectionPath('terrain', 'de', untranslatedText.de.slug))],
    ])
  })

  it('shows it under /de/ without the note', async () => {
    const response = await get(sectionPath('terrain', 'de', untranslatedText.de.slug))
    expect(response.status).toBe(200)
    expect(await response.text()).not.toContain('data-testid="fallback-note"')
  })

  it('finds no profile under /en/ by a German slug: not for one unpublished in English, nor for one with an English slug', async () => {
    expect((await get(sectionPath('terrain', 'de', germanOnly.slug))).status).toBe(200)
    expect((await get(sectionPath('terrain', 'en', germanOnly.slug))).status).toBe(404)
    expect((await get(sectionPath('terrain', 'en', untranslatedText.de.slug))).status).toBe(404)
  })
})
