import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Terrain } from '@stadtmacher/types'
import { startCms, type TestCms } from '../helpers/payload'
import { createUser, type LoggedIn } from '../helpers/users'

type AllLocales = Record<string, Record<string, unknown> | unknown>

describe('editorial workflow', () => {
  let cms: TestCms
  let editor: LoggedIn

  const createGerman = (slug: string, status: 'draft' | 'published' = 'published') =>
    cms.payload.create({
      collection: 'terrain',
      locale: 'de',
      overrideAccess: true,
      data: { title: `Titel ${slug}`, teaser: `Anriss ${slug}`, slug, kind: 'essay', _status: status },
    })
  const save = (id: string, locale: 'de' | 'en' | 'zh', data: Partial<Terrain>) =>
    cms.rest('PATCH', `terrain/${id}?locale=${locale}`, { token: editor.token, body: data })
  const statusOf = async (id: string) =>
    (await cms.rest<{ translationStatus: Record<string, string> }>('GET', `terrain/${id}?locale=de&draft=true`, { token: editor.token })).body.translationStatus

  beforeAll(async () => {
    cms = await startCms()
    editor = await createUser(cms.payload, 'editor')
  })
  afterAll(async () => cms?.close())

  describe('translation status', () => {
    it('marks untranslated locales missing, and a translation complete once saved', async () => {
      const doc = await createGerman('status-a')
      expect(await statusOf(doc.id)).toEqual({ de: 'complete', en: 'missing', zh: 'missing' })
      expect((await save(doc.id, 'en', { title: 'Title A', teaser: 'Teaser' })).status).toBe(200)
      expect(await statusOf(doc.id)).toEqual({ de: 'complete', en: 'complete', zh: 'missing' })
    })

    it('marks a translation outdated when the German text changes after it, and complete again when it is saved', async () => {
      const doc = await createGerman('status-b')
      await save(doc.id, 'zh', { title: '标题', teaser: '导语' })
      await save(doc.id, 'de', { teaser: 'Neuer Anriss' })
      expect((await statusOf(doc.id)).zh).toBe('outdated')
      await save(doc.id, 'zh', { teaser: '新导语' })
      expect((await statusOf(doc.id)).zh).toBe('complete')
    })

    it('does not count a save that changes no text', async () => {
      const doc = await createGerman('status-c')
      expect((await save(doc.id, 'en', { title: 'Title C', teaser: 'Teaser' })).status).toBe(200)
      await save(doc.id, 'de', { _status: 'published' })
      expect((await statusOf(doc.id)).en).toBe('complete')
    })

    it('shows the status to editors only, not to anonymous readers', async () => {
      const doc = await createGerman('status-d')
      const { body } = await cms.rest<Record<string, unknown>>('GET', `terrain/${doc.id}?locale=de`)
      expect(body.translationStatus).toBeUndefined()
      expect(body.localeEdits).toBeUndefined()
    })
  })

  describe('translations view', () => {
    it('lists per locale the documents whose translation is missing or outdated', async () => {
      const { translationTasks } = await import('../../src/translation/translationTasks')
      const missing = await createGerman('aufgabe-fehlt')
      const outdated = await createGerman('aufgabe-veraltet')
      await save(outdated.id, 'en', { title: 'Task outdated', teaser: 'Teaser' })
      await save(outdated.id, 'de', { teaser: 'Geändert' })
      const tasks = await translationTasks(cms.payload)
      expect(tasks.de).toEqual([])
      expect(tasks.en).toContainEqual({ collection: 'terrain', id: missing.id, title: 'Titel aufgabe-fehlt', status: 'missing' })
      expect(tasks.en).toContainEqual({ collection: 'terrain', id: outdated.id, title: 'Titel aufgabe-veraltet', status: 'outdated' })
      expect(tasks.zh.filter((t) => t.id === outdated.id)).toEqual([{ collection: 'terrain', id: outdated.id, title: 'Titel aufgabe-veraltet', status: 'missing' }])
    })
  })

  describe('slugs', () => {
    it('keeps the old slug of a published document when the slug changes', async () => {
      const doc = await createGerman('alter-slug')
      await save(doc.id, 'de', { slug: 'neuer-slug' })
      const found = await cms.rest<{ docs: { id: string; slug: string }[] }>('GET', 'terrain?locale=de&where[previousSlugs.slug][equals]=alter-slug')
      expect(found.body.docs.map((d) => [d.id, d.slug])).toEqual([[doc.id, 'neuer-slug']])
    })

    it('keeps previous slugs per locale', async () => {
      const doc = await createGerman('pro-sprache')
      await save(doc.id, 'en', { title: 'Per language', teaser: 'Teaser', slug: 'per-language', _status: 'published' })
      await save(doc.id, 'en', { slug: 'per-locale' })
      const all = (await cms.rest<AllLocales>('GET', `terrain/${doc.id}?locale=all`, { token: editor.token })).body
      expect(all.previousSlugs).toMatchObject({ en: [{ slug: 'per-language' }] })
      expect((all.previousSlugs as Record<string, unknown>).de ?? []).toEqual([])
    })

    it('refuses a slug another document uses in the same locale, naming the field', async () => {
      await createGerman('vergeben')
      const other = await createGerman('frei')
      const { status, body } = await save(other.id, 'de', { slug: 'vergeben' })
      expect(status).toBe(400)
      expect(JSON.stringify(body)).toMatch(/slug/)
    })

    it('generates a pinyin slug from a Chinese title', async () => {
      const doc = await createGerman('pinyin-quelle')
      await save(doc.id, 'zh', { title: '汉堡之家', teaser: '导语' })
      const zh = await cms.rest<Terrain>('GET', `terrain/${doc.id}?locale=zh&draft=true`, { token: editor.token })
      expect(zh.body.slug).toBe('han-bao-zhi-jia')
    })
  })

  describe('copy to locale', () => {
    it('copies the German text into English as a starting point, leaving German and Chinese as they were', async () => {
      const { copyDataFromLocaleHandler } = await import('@payloadcms/ui/utilities/copyDataFromLocale')
      const { createLocalReq } = await import('payload')
      const doc = await createGerman('kopie')
      await save(doc.id, 'zh', { title: '复制', teaser: '导语' })
      const before = (await cms.rest<AllLocales>('GET', `terrain/${doc.id}?locale=all&draft=true`, { token: editor.token })).body
      const req = await createLocalReq({ user: { ...editor.user, collection: 'users' } as never }, cms.payload)
      // The admin's own server function; the import map argument is only needed to render the admin.
      await copyDataFromLocaleHandler({ req, collectionSlug: 'terrain', docID: doc.id, fromLocale: 'de', toLocale: 'en', overrideData: true } as never)
      const after = (await cms.rest<AllLocales>('GET', `terrain/${doc.id}?locale=all&draft=true`, { token: editor.token })).body
      expect((after.title as Record<string, string>).en).toBe('Titel kopie')
      for (const locale of ['de', 'zh']) {
        expect((after.title as Record<string, string>)[locale]).toBe((before.title as Record<string, string>)[locale])
        expect((after.teaser as Record<string, string>)[locale]).toBe((before.teaser as Record<string, string>)[locale])
      }
    })
  })

  describe('fallback', () => {
    it('never saves German fallback text into another locale', async () => {
      const doc = await createGerman('rueckfall')
      await cms.rest('PATCH', `terrain/${doc.id}?locale=en&draft=true`, { token: editor.token, body: { title: 'Only the title' } })
      const en = await cms.rest<Terrain>('GET', `terrain/${doc.id}?locale=en&fallback-locale=none&draft=true`, { token: editor.token })
      expect(en.body.title).toBe('Only the title')
      expect(en.body.teaser ?? null).toBeNull()
    })
  })
})
