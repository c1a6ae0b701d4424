// The site reads the CMS through the same typed client partner sites use (@stadtmacher/client).
import { createClient, type StadtmacherClient } from '@stadtmacher/client'

/** Where the CMS is and, in production, the site's partner key (NUXT_CMS_URL, NUXT_CMS_API_KEY). */
export type CmsAccess = { cmsUrl: string; cmsApiKey?: string }

let cached: { access: string; client: StadtmacherClient } | undefined

/** A CMS that does not answer within this time counts as down (the page shows the branded 503). */
const timeoutMs = 10_000

/**
 * Asks the CMS for uncompressed answers. The CMS sits next to the site (loopback or the compose network),
 * where gzip saves no time but costs CPU on both ends: about 4 ms per uncached page in the profiles (issue 7).
 */
const siteFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers)
  headers.set('accept-encoding', 'identity')
  return fetch(input, { ...init, headers, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) })
}

/**
 * The client for the site's CMS reads. With a key the site has a rate-limit budget of its own instead of
 * sharing its address's anonymous one; a partner key reads published content only, like an anonymous call.
 */
export function cmsClient({ cmsUrl, cmsApiKey }: CmsAccess): StadtmacherClient {
  const access = `${cmsUrl} ${cmsApiKey ?? ''}`
  if (cached?.access !== access) cached = { access, client: createClient({ baseUrl: cmsUrl, apiKey: cmsApiKey || undefined, fetch: siteFetch }) }
  return cached.client
}
