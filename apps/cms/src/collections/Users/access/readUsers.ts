import type { Access } from 'payload'
import type { User } from '@stadtmacher/types'
import { isAdmin } from '../../../access/isAdmin'

/** Admins see every account; editors see only their own. */
export const readUsers: Access = ({ req }) => {
  const user = req.user as User | null
  if (!user) return false
  return isAdmin(user) ? true : { id: { equals: user.id } }
}
