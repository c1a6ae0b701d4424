import type { Access, Where } from 'payload'
import { isCmsUser } from './isCmsUser'

/** Anonymous clients and partner API keys see published documents only. */
export const publishedOnly: Where = { _status: { equals: 'published' } }

/** Drafts are for CMS users (editors and admins); a partner key is a reader like any other. */
export const publishedOrLoggedIn: Access = ({ req }) => (isCmsUser(req) ? true : publishedOnly)
