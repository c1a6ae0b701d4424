import { describe, expect, it } from 'vitest'
import { isAdmin } from '../../src/access/isAdmin'
import { isEditor } from '../../src/access/isEditor'
import { publishedOnly, publishedOrLoggedIn } from '../../src/access/publishedOrLoggedIn'

type AccessArgs = Parameters<typeof publishedOrLoggedIn>[0]

describe('access rules', () => {
  it('lets editors and admins write content, nobody else', () => {
    expect(isEditor({ role: 'editor' })).toBe(true)
    expect(isEditor({ role: 'admin' })).toBe(true)
    expect(isEditor(null)).toBe(false)
  })

  it('lets only admins manage users', () => {
    expect(isAdmin({ role: 'admin' })).toBe(true)
    expect(isAdmin({ role: 'editor' })).toBe(false)
    expect(isAdmin(undefined)).toBe(false)
  })

  it('limits anonymous readers to published documents', () => {
    expect(publishedOrLoggedIn({ req: { user: null } } as AccessArgs)).toEqual(publishedOnly)
    expect(publishedOrLoggedIn({ req: { user: { id: '1', role: 'editor', collection: 'users' } } } as unknown as AccessArgs)).toBe(true)
  })

  it('treats a partner API key as a reader of published documents', () => {
    expect(publishedOrLoggedIn({ req: { user: { id: '2', collection: 'partners' } } } as unknown as AccessArgs)).toEqual(publishedOnly)
  })
})
