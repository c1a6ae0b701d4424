import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales, type Locale } from '@stadtmacher/domain/locales'
import { createPartnership } from '../helpers/fixtures'
import { startCms, type TestCms } from '../helpers/payload'
import { seededRandom } from '../helpers/random'
import { createUser, type LoggedIn } from '../helpers/users'

type Doc = Record<string, unknown>
type Edit = { name: string; collection: 'terrain' | 'partnerships'; query: string; body: (n: number, locale: Locale) => Doc }

const edits = 200
// Fields that change with every save whatever the locale: not part of any locale's content.
const shared = new Set(['updatedAt', 'createdAt', 'localeEdits', 'translationStatus', 'id'])

const paragraph = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [
    { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] },
  ] },
})

/** The localized values of one locale, hashed: what must not move when another locale is saved. */
function localeHash(doc: Doc, locale: Locale): string {
  const own = Object.entries(doc)
    .filter(([key, value]) => !shared.has(key) && value && typeof value === 'object' && !Array.isArray(value) && locale in (value as Doc))
    .map(([key, value]) => [key, (value as Doc)[locale]])
  return createHash('sha256').update(JSON.stringify(own)).digest('hex')
}

const editsByKind: Edit[] = [
  { name: 'text', collection: 'terrain', query: '', body: (n, l) => ({ title: `${l} Titel ${n}`, teaser: `${l} Anriss ${n} äöü 汉字` }) },
  { name: 'rich text', collection: 'terrain', query: '', body: (n, l) => ({ body: paragraph(`${l} Absatz ${n}`) }) },
  { name: 'draft save', collection: 'terrain', query: '&draft=true', body: (n, l) => ({ teaser: `${l} Entwurf ${n}`, _status: 'draft' }) },
  // What the admin sends while an editor types, where autosave is on: it rewrites the latest draft version.
  { name: 'autosave', collection: 'terrain', query: '&draft=true&autosave=true', body: (n, l) => ({ title: `${l} Autosave ${n}`, _status: 'draft' }) },
  { name: 'publish', collection: 'terrain', query: '', body: (n, l) => ({ period: `${l} ${n}`, _status: 'published' }) },
  { name: 'unpublish', collection: 'terrain', query: '', body: () => ({ _status: 'draft' }) },
  { name: 'array', collection: 'partnerships', query: '', body: (n, l) => ({ links: [{ label: `${l} Link ${n}`, url: `https://example.org/${l}/${n}` }] }) },
  { name: 'relation', collection: 'terrain', query: '', body: (n) => ({ topics: n % 2 ? [] : [topicId] }) },
]
let topicId = ''

describe('never lose a word', () => {
  let cms: TestCms
  let editor: LoggedIn
  const ids: Record<Edit['collection'], string> = { terrain: '', partnerships: '' }
  const readAll = async (collection: Edit['collection'], draft: boolean) =>
    (await cms.rest<Doc>('GET', `${collection}/${ids[collection]}?locale=all&depth=0${draft ? '&draft=true' : ''}`, { token: editor.token })).body

  beforeAll(async () => {
    cms = await startCms()
    editor = await createUser(cms.payload, 'editor')
    topicId = (await cms.payload.create({ collection: 'topics', locale: 'de', overrideAccess: true, data: { name: 'Thema', slug: 'thema' } })).id
    const partnership = await createPartnership(cms.payload, 'published')
    ids.partnerships = partnership.id
    const terrain = await cms.payload.create({
      collection: 'terrain',
      locale: 'de',
      overrideAccess: true,
      data: { title: 'de Titel', teaser: 'de Anriss', slug: 'zufall', kind: 'essay', partnerships: [partnership.id], _status: 'published' },
    })
    ids.terrain = terrain.id
    for (const locale of ['en', 'zh'] as const) {
      await cms.payload.update({ collection: 'terrain', id: terrain.id, locale, overrideAccess: true, data: { title: `${locale} title`, teaser: `${locale} teaser`, _status: 'published' } })
      await cms.payload.update({ collection: 'partnerships', id: partnership.id, locale, overrideAccess: true, data: { links: [{ label: locale, url: `https://example.org/${locale}` }], _status: 'published' } })
    }
  })
  afterAll(async () => cms?.close())

  it(`changes no other locale in ${edits} random single-locale edits (text, rich text, arrays, relations, drafts, autosave, publish, unpublish)`, async () => {
    const random = seededRandom(20261125)
    const differences: string[] = []
    const counts: Record<string, number> = {}
    for (let n = 0; n < edits; n++) {
      const edit = random.pick(editsByKind)
      const locale = random.pick(locales)
      counts[edit.name] = (counts[edit.name] ?? 0) + 1
      const before = { draft: await readAll(edit.collection, true), published: await readAll(edit.collection, false) }
      const { status } = await cms.rest('PATCH', `${edit.collection}/${ids[edit.collection]}?locale=${locale}${edit.query}`, { token: editor.token, body: edit.body(n, locale) })
      expect(status, `${edit.name} in ${locale} (#${n})`).toBe(200)
      const after = { draft: await readAll(edit.collection, true), published: await readAll(edit.collection, false) }
      for (const other of locales.filter((l) => l !== locale)) {
        for (const view of ['draft', 'published'] as const) {
          if (localeHash(before[view], other) !== localeHash(after[view], other)) differences.push(`#${n} ${edit.name} in ${locale} changed ${other} (${view})`)
        }
      }
    }
    expect(differences).toEqual([])
    expect(Object.keys(counts).sort()).toEqual(editsByKind.map((e) => e.name).sort())
  })
})
