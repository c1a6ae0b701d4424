import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { User } from '@stadtmacher/types'

export type LoggedIn = { user: User; token: string; password: string }

/** Creates an account with the given role and logs it in through the Local API. */
export async function createUser(payload: Payload, role: User['role'], email = `${role}-${randomBytes(4).toString('hex')}@example.test`): Promise<LoggedIn> {
  const password = randomBytes(12).toString('base64url')
  // An installation's first account becomes its admin (firstUserIsAdmin); as in production, an editor is
  // never the first account, so a test's editor is really an editor.
  if (role !== 'admin' && (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
    await payload.create({ collection: 'users', data: { email: `first-admin-${randomBytes(4).toString('hex')}@example.test`, password, name: 'admin', role: 'admin' }, overrideAccess: true })
  }
  await payload.create({ collection: 'users', data: { email, password, name: role, role }, overrideAccess: true })
  const { user, token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error('login returned no token')
  return { user: user as User, token, password }
}
