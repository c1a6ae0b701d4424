import type { Access, FieldAccess } from 'payload'
import type { User } from '@stadtmacher/types'

/** Only admins manage user accounts and roles. */
export const isAdmin = (user: Pick<User, 'role'> | null | undefined): boolean => user?.role === 'admin'

export const admins: Access = ({ req }) => isAdmin(req.user as User | null)

export const adminsField: FieldAccess = ({ req }) => isAdmin(req.user as User | null)
