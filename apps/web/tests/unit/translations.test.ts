import { describe, expect, it } from 'vitest'
import { toDocumentLocales } from '@stadtmacher/domain/documentLocales'

describe('document translations', () => {
  it('lists every locale a document has a slug and title in', () => {
    const result = toDocumentLocales({
      status: 'published',
      slug: { de: 'hamburg-shanghai', en: 'hamburg-shanghai', zh: 'hanbao-shanghai' },
      title: { de: 'Hamburg – Shanghai', en: 'Hamburg – Shanghai', zh: '汉堡 – 上海' },
      text: { de: {}, en: {}, zh: {} },
      locale: 'zh',
    })
    expect(result).toEqual({ slugs: { de: 'hamburg-shanghai', en: 'hamburg-shanghai', zh: 'hanbao-shanghai' }, shownIn: 'zh' })
  })

  it('leaves out a locale without a title there', () => {
    const result = toDocumentLocales({ status: 'published', slug: { de: 'a', en: 'a' }, title: { de: 'A' }, text: { de: {} }, locale: 'de' })
    expect(result.slugs).toEqual({ de: 'a' })
  })

  it('shows German text with a note when the text is missing in the reader locale', () => {
    const result = toDocumentLocales({ status: 'published', slug: { de: 'a', en: 'a' }, title: { de: 'A', en: 'A' }, text: { de: { root: {} } }, locale: 'en' })
    expect(result.shownIn).toBe('de')
  })

  it('shows German for a document that does not exist in the reader locale at all', () => {
    expect(toDocumentLocales({ status: 'published', slug: { de: 'a' }, title: { de: 'A' }, text: { de: {} }, locale: 'zh' }).shownIn).toBe('de')
  })

  it('leaves out the locales that are not published, and never falls back to an unpublished German text', () => {
    const status = { de: 'draft', en: 'published', zh: 'draft' }
    const result = toDocumentLocales({ status, slug: { de: 'a', en: 'b', zh: 'c' }, title: { de: 'A', en: 'B', zh: 'C' }, text: { de: {}, zh: {} }, locale: 'en' })
    expect(result).toEqual({ slugs: { en: 'b' }, shownIn: 'en' })
  })

  it('accepts an unlocalized slug (authors)', () => {
    const result = toDocumentLocales({ status: 'published', slug: 'anna', title: { de: 'Journalistin', en: 'Journalist' }, text: { de: {}, en: {} }, locale: 'en' })
    expect(result).toEqual({ slugs: { de: 'anna', en: 'anna' }, shownIn: 'en' })
  })
})
