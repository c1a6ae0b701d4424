// The reader's address, by the rule the CMS uses too (@stadtmacher/config/clientAddress), for the one
// kind of CMS call made for one reader alone: the media pass-through. The site's other CMS calls fill
// caches that every reader shares (and go with the site's partner key, counted per key), so no reader's
// address belongs on them.
import { clientAddress, parseTrustedProxies, type TrustedProxies } from '@stadtmacher/config/clientAddress'
import type { H3Event } from 'h3'

let trusted: TrustedProxies | undefined

/** The proxies in front of the site (NUXT_TRUSTED_PROXIES), parsed once; throws on a malformed value. */
export function trustedProxies(): TrustedProxies {
  trusted ??= parseTrustedProxies(useRuntimeConfig().trustedProxies, 'NUXT_TRUSTED_PROXIES')
  return trusted
}

/** The address the reader connected from: the socket's peer, or the hop before the trusted proxies. */
export function readerAddress(event: H3Event): string {
  return clientAddress(event.node.req, trustedProxies())
}
