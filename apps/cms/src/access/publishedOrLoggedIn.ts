import type { Access, Where } from 'payload'

/** Anonymous clients see published documents only; any logged-in CMS user sees drafts too. */
export const publishedOnly: Where = { _status: { equals: 'published' } }

export const publishedOrLoggedIn: Access = ({ req }) => (req.user ? true : publishedOnly)
