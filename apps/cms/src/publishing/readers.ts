import type { PayloadRequest } from 'payload'

/**
 * Whether a request reads as the public does: anonymous clients, partner API keys and wrong keys. Only a
 * CMS user's session (editors and admins) sees drafts and the locales that are not published.
 */
export const readsAsPublic = (req: PayloadRequest): boolean => req.user?.collection !== 'users'
