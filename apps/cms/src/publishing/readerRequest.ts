import { createLocalReq, type PayloadRequest } from 'payload'
import { isCmsUser } from '../access/isCmsUser'

/**
 * A request that reads what the public reads, for read paths that are the same for everyone (the look-ups
 * by slug): the asker's language, headers and fallback locale, a partner's key, but never an editor's
 * session, so that an editor who asks is not answered with a draft locale or a draft related document.
 * A fresh request also has a locale of its own: the Local API writes each call's locale into the request
 * it is given, so calls that share one must not run side by side.
 */
export async function readerRequest(req: PayloadRequest): Promise<PayloadRequest> {
  const reader: Partial<PayloadRequest> = { headers: req.headers, i18n: req.i18n, url: req.url, user: isCmsUser(req) ? null : req.user }
  const created = await createLocalReq({ req: reader, locale: req.locale ?? undefined }, req.payload)
  // Already sanitized on the asker's request; createLocalReq would sanitize it again for its own locale.
  created.fallbackLocale = req.fallbackLocale
  return created
}
