import { describe, expect, it } from 'vitest'
import { isAuthorDoc, toAuthorPage } from '#shared/utils/authorPage'
import { isPartnershipDoc, toPartnershipPage } from '#shared/utils/partnershipPage'
import { mockAuthor, mockPartnership } from './mocks'

const translations = { slugs: { de: 'x' }, shownIn: 'de' } as const

describe('partnership page projection', () => {
  it('adds summary, links, source and the given TERRAIN cards to the partnership card', () => {
    const page = toPartnershipPage(mockPartnership({ links: [{ id: 'l1', label: 'Rathaus', url: 'https://hamburg.de' }] }), [], translations)
    expect(page).toMatchObject({ title: 'Hamburg – Shanghai', germanCity: { name: 'Hamburg' }, summary: null, source: null, terrain: [], translations })
    expect(page.links).toEqual([{ id: 'l1', label: 'Rathaus', url: 'https://hamburg.de' }])
  })

  it('recognises a partnership and refuses an error answer', () => {
    expect(isPartnershipDoc(mockPartnership())).toBe(true)
    expect(isPartnershipDoc({ errors: [] })).toBe(false)
  })
})

describe('author page projection', () => {
  it('adds the biography and the given TERRAIN cards to the author card', () => {
    expect(toAuthorPage(mockAuthor({ role: 'Autor' }), [], translations)).toMatchObject({ name: 'Christian Y. Schmidt', role: 'Autor', biography: null, terrain: [], translations })
  })

  it('recognises an author and refuses an error answer', () => {
    expect(isAuthorDoc(mockAuthor())).toBe(true)
    expect(isAuthorDoc({ id: 'a-1' })).toBe(false)
  })
})
