// Canary content written into the e2e CMS through its REST API, as an editor would: drafts that no reader
// may ever see, each carrying a unique string, beside published documents whose text readers must see.
import { randomBytes } from 'node:crypto'
import { locales, type Locale } from '@stadtmacher/domain/locales'

export type CanaryCollection = 'partnerships' | 'terrain' | 'authors'

/** A document the spec created, its published slug and text per locale (none for drafts) and its draft slugs. */
export type CanaryDoc = {
  collection: CanaryCollection
  id: string
  published: Partial<Record<Locale, { slug: string; text: string }>>
  draftSlugs: string[]
}

const hex = () => randomBytes(5).toString('hex')

/**
 * The canary vocabulary. Every draft text is `<marker>-<where>-<n>-<secret>`, every draft slug
 * `<marker>-<where>-<n>`: the search is asked for the marker (its echo of the query has no `-` after it), the
 * secret is never sent anywhere, so a highlighted hit still shows it. Published text carries `beacon` instead.
 */
export function canaryWords() {
  const marker = `canary${hex()}`
  const secret = `secret${hex()}`
  const beacon = `beacon${hex()}`
  let serial = 0
  return {
    marker,
    secret,
    beacon,
    text: (where: string) => `${marker}-${where}-${++serial}-${secret}`,
    slug: (where: string) => `${marker}-${where}-${++serial}`,
    published: (where: string) => `${beacon} ${where}`,
    publishedSlug: (where: string) => `${beacon}-${where}`,
  }
}

export type CanaryWords = ReturnType<typeof canaryWords>

const richText = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }],
  },
})

type Body = Record<string, unknown>

/** REST writes as the editor, failing loudly with the CMS's message. */
export function cmsWriter(cmsUrl: string, token: string) {
  return async function write(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: Body): Promise<{ id: string }> {
    const response = await fetch(`${cmsUrl}/api/${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    })
    const json = (await response.json()) as { doc?: { id: string }; id?: string }
    if (!response.ok) throw new Error(`[e2e] ${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`)
    return { id: String(json.doc?.id ?? json.id) }
  }
}

type Write = ReturnType<typeof cmsWriter>
type Fields = (locale: Locale, words: CanaryWords) => Body

/** The localized text of each collection, from a text maker (canary for drafts, beacon for published). */
function fieldsOf(collection: CanaryCollection, make: (where: string) => string, slug: string): Body {
  if (collection === 'partnerships') return { summary: richText(make('summary')), links: [{ label: make('link'), url: 'https://example.org/' }], slug }
  if (collection === 'terrain') return { title: make('title'), teaser: make('teaser'), body: richText(make('body')), period: make('period'), slug }
  return { role: make('role'), biography: richText(make('bio')), slug }
}

/** Writes the canaries of one collection: see `createCanaries`. `newest` puts the live document first where the site shows the latest. */
async function canariesOf(write: Write, collection: CanaryCollection, words: CanaryWords, fixed: Body, named: Fields, newest: Body = {}): Promise<CanaryDoc[]> {
  const docs: CanaryDoc[] = []
  const draft = (locale: Locale) => {
    const slug = words.slug(`${collection}-${locale}`)
    return { slug, data: { ...fixed, ...named(locale, words), ...fieldsOf(collection, words.text, slug), _status: 'draft' } }
  }
  const publish = (locale: Locale, where: string) => {
    // Author slugs are not localized: one slug for every locale.
    const slug = words.publishedSlug(collection === 'authors' ? `${where}-${collection}` : `${where}-${collection}-${locale}`)
    const text = words.published(`${where} ${collection} ${locale}`)
    return { slug, text, data: { ...fixed, ...fieldsOf(collection, () => text, slug), _status: 'published' } }
  }

  // A document that exists only as a draft, in one locale each.
  for (const locale of locales) {
    const { slug, data } = draft(locale)
    const { id } = await write('POST', `${collection}?locale=${locale}&draft=true`, data)
    docs.push({ collection, id, published: {}, draftSlugs: [slug] })
  }

  // Published in every locale, then a newer draft in every locale.
  const live: CanaryDoc = { collection, id: '', published: {}, draftSlugs: [] }
  for (const locale of locales) {
    const { slug, text, data } = publish(locale, 'live')
    const body = { ...data, ...newest }
    live.id = live.id ? (await write('PATCH', `${collection}/${live.id}?locale=${locale}`, body)).id : (await write('POST', `${collection}?locale=${locale}`, body)).id
    live.published[locale] = { slug, text }
  }
  for (const locale of locales) {
    const { slug, data } = draft(locale)
    await write('PATCH', `${collection}/${live.id}?locale=${locale}&draft=true`, data)
    live.draftSlugs.push(slug)
  }
  docs.push(live)

  // Published in German only; English and Chinese were never published, only drafted; then a newer German draft.
  const { slug, text, data } = publish('de', 'partial')
  const partial: CanaryDoc = { collection, id: (await write('POST', `${collection}?locale=de`, data)).id, published: { de: { slug, text } }, draftSlugs: [] }
  for (const locale of ['en', 'zh', 'de'] as const) {
    const next = draft(locale)
    await write('PATCH', `${collection}/${partial.id}?locale=${locale}&draft=true`, next.data)
    partial.draftSlugs.push(next.slug)
  }
  docs.push(partial)

  // English and Chinese drafted first (the main row then holds them), then German published: on its own
  // (publishSpecificLocale) and as a plain publish.
  for (const specific of [true, false]) {
    const [en, zh] = [draft('en'), draft('zh')]
    const id = (await write('POST', `${collection}?locale=en&draft=true`, en.data)).id
    await write('PATCH', `${collection}/${id}?locale=zh&draft=true`, zh.data)
    const german = publish('de', specific ? 'specific' : 'drafted-first')
    await write('PATCH', `${collection}/${id}?locale=de${specific ? '&publishSpecificLocale=de' : ''}`, german.data)
    docs.push({ collection, id, published: { de: { slug: german.slug, text: german.text } }, draftSlugs: [en.slug, zh.slug] })
  }

  // Text a reader once saw, then withdrawn: `slug` is the address it keeps where slugs are not localized.
  const withdrawn = (locale: Locale, slug = words.slug(`${collection}-${locale}`)) => ({ slug, data: { ...fixed, ...fieldsOf(collection, words.text, slug), _status: 'published' } })

  // Published in German, then English saved as a draft without draft=true (which puts it in the main row).
  const saved = publish('de', 'saved')
  const savedDoc: CanaryDoc = { collection, id: (await write('POST', `${collection}?locale=de`, saved.data)).id, published: { de: { slug: saved.slug, text: saved.text } }, draftSlugs: [] }
  const savedDraft = withdrawn('en', collection === 'authors' ? saved.slug : undefined)
  await write('PATCH', `${collection}/${savedDoc.id}?locale=en`, { ...savedDraft.data, _status: 'draft' })
  if (savedDraft.slug !== saved.slug) savedDoc.draftSlugs.push(savedDraft.slug)
  docs.push(savedDoc)

  // Published in every locale, then unpublished in all of them at once.
  const gone: CanaryDoc = { collection, id: '', published: {}, draftSlugs: [] }
  for (const locale of locales) {
    const { slug, data } = withdrawn(locale, collection === 'authors' ? gone.draftSlugs[0] : undefined)
    gone.id = gone.id ? (await write('PATCH', `${collection}/${gone.id}?locale=${locale}`, data)).id : (await write('POST', `${collection}?locale=${locale}`, data)).id
    if (!gone.draftSlugs.includes(slug)) gone.draftSlugs.push(slug)
  }
  await write('PATCH', `${collection}/${gone.id}?locale=de&unpublishAllLocales=true`, { _status: 'draft' })
  docs.push(gone)

  // Published in every locale, then English unpublished on its own.
  const kept = { de: publish('de', 'kept'), zh: publish('zh', 'kept') }
  const keptDoc: CanaryDoc = { collection, id: (await write('POST', `${collection}?locale=de`, kept.de.data)).id, published: { de: { slug: kept.de.slug, text: kept.de.text } }, draftSlugs: [] }
  const english = withdrawn('en', collection === 'authors' ? kept.de.slug : undefined)
  await write('PATCH', `${collection}/${keptDoc.id}?locale=en`, english.data)
  await write('PATCH', `${collection}/${keptDoc.id}?locale=zh`, kept.zh.data)
  keptDoc.published.zh = { slug: kept.zh.slug, text: kept.zh.text }
  await write('PATCH', `${collection}/${keptDoc.id}?locale=en`, { _status: 'draft' })
  if (english.slug !== kept.de.slug) keptDoc.draftSlugs.push(english.slug)
  docs.push(keptDoc)
  return docs
}

/**
 * Per collection, every state of per-locale publishing: a draft-only document in each locale; a document
 * published in every locale with a newer canary draft in each; a document published in German only with
 * canary drafts in English and Chinese and a newer German one; English and Chinese drafted before German
 * was published (on its own, and as a plain publish); German published and English saved as a draft
 * without draft=true; published everywhere and then unpublished everywhere; published everywhere and then
 * unpublished in English alone. Partnerships get two new cities (published, as cities have no drafts).
 */
export async function createCanaries(write: Write, words: CanaryWords): Promise<{ docs: CanaryDoc[]; cityIds: string[] }> {
  const city = (country: 'DE' | 'CN', name: string, region: string, longitude: number) =>
    write('POST', 'cities?locale=de', { name, country, region, coordinates: { latitude: country === 'DE' ? 53 : 31, longitude }, slug: `${words.beacon}-${country.toLowerCase()}` })
  const germanCity = (await city('DE', `Leuchtturmstadt ${words.beacon}`, 'Bremen', 8.8)).id
  const chineseCity = (await city('CN', `Dengtashi ${words.beacon}`, 'Zhejiang', 121.5)).id

  const partnerships = await canariesOf(write, 'partnerships', words, { germanCity, chineseCity, since: 2003, kind: 'project' }, () => ({}))
  const authors = await canariesOf(write, 'authors', words, { name: `Beacon Author ${words.beacon}` }, (locale, w) => ({ name: w.text(`name-${locale}`) }))
  const live = (docs: CanaryDoc[]) => docs.filter((doc) => doc.published.en).map((doc) => doc.id)
  const drafts = (docs: CanaryDoc[]) => docs.filter((doc) => !doc.published.de).map((doc) => doc.id)
  // Published profiles point at the drafts too: populating a relation must not bring a draft along.
  const terrain = await canariesOf(
    write,
    'terrain',
    words,
    { kind: 'essay', date: '2026-11-29', partnerships: [...live(partnerships), ...drafts(partnerships)], authors: [...live(authors), ...drafts(authors)] },
    () => ({}),
    { date: '2026-11-30' },
  )
  return { docs: [...partnerships, ...authors, ...terrain], cityIds: [germanCity, chineseCity] }
}

/** Deletes what `createCanaries` made, so later specs see the seeded content only. */
export async function removeCanaries(write: Write, { docs, cityIds }: Awaited<ReturnType<typeof createCanaries>>) {
  // Profiles first, then what they point at; cities last.
  for (const doc of [...docs].reverse()) await write('DELETE', `${doc.collection}/${doc.id}`)
  for (const id of cityIds) await write('DELETE', `cities/${id}`)
}
