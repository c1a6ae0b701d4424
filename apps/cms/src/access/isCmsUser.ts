import type { PayloadRequest } from 'payload'

/**
 * Whether a request comes with a CMS user's session (editors and admins). Everyone else reads as the
 * public does: anonymous clients, partner API keys and wrong keys alike see published content only.
 */
export const isCmsUser = (req: Pick<PayloadRequest, 'user'>): boolean => req.user?.collection === 'users'
