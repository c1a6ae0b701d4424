import type { Access } from 'payload'
import type { User } from '@stadtmacher/types'
import { isAdmin } from '../../../access/isAdmin'

/** Admins see every partner; a partner's key reads its own record (what /api/partners/me returns). */
export const readPartners: Access = ({ req }) => {
  if (!req.user) return false
  if (req.user.collection === 'partners') return { id: { equals: req.user.id } }
  return isAdmin(req.user as User)
}
