import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@stadtmacher/types'
import { startCms, type TestCms } from '../helpers/payload'

const account = (email: string) => ({ email, password: 'Erste-Anmeldung-2026', name: 'Erste Person' })

describe('the first account of a new installation', () => {
  let cms: TestCms

  beforeAll(async () => {
    cms = await startCms()
  })
  afterAll(async () => {
    await cms?.close()
  })

  it('is registered through first-register and becomes admin, whatever role it asks for', async () => {
    const registered = await cms.rest<{ user: User }>('POST', 'users/first-register', { body: { ...account('erste@example.test'), role: 'editor' } })
    expect(registered.status).toBe(200)
    expect(registered.body.user.role).toBe('admin')
  })

  it('is the only one: a second first-register is refused and later accounts keep the default role', async () => {
    const second = await cms.rest('POST', 'users/first-register', { body: account('zweite@example.test') })
    expect(second.status).toBeGreaterThanOrEqual(400)
    expect(second.status).toBeLessThan(500)
    const { token } = await cms.payload.login({ collection: 'users', data: { email: 'erste@example.test', password: account('').password } })
    const later = await cms.rest<{ doc: User }>('POST', 'users', { token, body: account('dritte@example.test') })
    expect(later.status).toBe(201)
    expect(later.body.doc.role).toBe('editor')
    const { totalDocs } = await cms.payload.count({ collection: 'users', where: { role: { equals: 'admin' } } })
    expect(totalDocs).toBe(1)
  })
})
