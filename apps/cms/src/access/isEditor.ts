import type { Access } from 'payload'
import type { User } from '@stadtmacher/types'

/** Editors and admins write content. */
export const isEditor = (user: Pick<User, 'role'> | null | undefined): boolean =>
  user?.role === 'editor' || user?.role === 'admin'

export const editors: Access = ({ req }) => isEditor(req.user as User | null)
