import { describe, expect, it } from 'vitest'
import { paginate, pageFromQuery } from '#shared/utils/pagination'

describe('pages of a list', () => {
  const items = Array.from({ length: 250 }, (_, index) => index)

  it('cuts a list into pages of the given size and counts them', () => {
    expect(paginate(items, 1, 120)).toMatchObject({ page: 1, totalPages: 3, totalDocs: 250 })
    expect(paginate(items, 3, 120).docs).toEqual(items.slice(240))
  })

  it('answers a page past the end with the last page, and an empty list with one empty page', () => {
    expect(paginate(items, 9, 120)).toMatchObject({ page: 3, docs: items.slice(240) })
    expect(paginate([], 1, 120)).toEqual({ docs: [], page: 1, totalPages: 1, totalDocs: 0 })
  })

  it('reads the page from the URL, page 1 for anything odd', () => {
    expect(pageFromQuery({ page: '2' })).toBe(2)
    expect(pageFromQuery({ page: ['3', '4'] })).toBe(3)
    for (const page of [undefined, '0', '-1', 'abc', '99999']) expect(pageFromQuery({ page })).toBe(1)
  })
})
