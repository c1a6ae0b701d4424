// Which address a request comes from, by the one rule the CMS's server and the site's server share: the
// socket's peer, unless that peer is a proxy the operator named in TRUSTED_PROXIES; then the right-most
// X-Forwarded-For hop that is not a trusted proxy. A header alone never decides: anyone can send one.
import type { IncomingMessage } from 'node:http'
import ipaddr from 'ipaddr.js'
import proxyAddr from 'proxy-addr'

/** Whether the hop at `address`, `hop` steps from the socket (0), is a proxy whose X-Forwarded-For counts. */
export type TrustedProxies = (address: string, hop: number) => boolean

/**
 * The header the CMS's own server (apps/cms/server/start.ts) writes the client address into, replacing
 * whatever a client sent under that name; the CMS's route handlers read nothing else.
 */
export const clientAddressHeader = 'x-stadtmacher-client-address'

const names = ['loopback', 'linklocal', 'uniquelocal']

/**
 * Parses TRUSTED_PROXIES: empty (trust no proxy), a hop count (`1`: the nearest hop is a proxy, as
 * behind one nginx), or a comma-separated list of addresses, CIDR ranges (IPv4 and IPv6) and the names
 * loopback, linklocal, uniquelocal. Throws with the variable's name on anything else.
 */
export function parseTrustedProxies(value: string | undefined, variable = 'TRUSTED_PROXIES'): TrustedProxies {
  const text = value?.trim() ?? ''
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    return (_address, hop) => hop < hops
  }
  const entries = text ? text.split(',').map((entry) => entry.trim()) : []
  try {
    if (entries.some((entry) => !entry)) throw new TypeError('an empty entry')
    return proxyAddr.compile(entries)
  } catch (error) {
    throw new Error(
      `${variable}="${value}" is not valid (${(error as Error).message}): give a hop count, or a comma-separated list of addresses, CIDR ranges and ${names.join(', ')}.`,
    )
  }
}

/**
 * The client address of a request received on a socket, in one canonical spelling (IPv4-mapped IPv6
 * as IPv4, IPv6 compressed), so that one client never counts under two keys. `unknown` only when the
 * socket has already closed.
 */
export function clientAddress(request: IncomingMessage, trusted: TrustedProxies): string {
  if (!request.socket.remoteAddress) return 'unknown'
  const address = proxyAddr(request, trusted)
  return ipaddr.isValid(address) ? ipaddr.process(address).toString() : address
}

/**
 * The network a client address stands for when counting requests: an IPv4 address itself, an IPv6
 * address by its /64, the prefix one subscriber gets (one host can pick any address in it).
 */
export function addressBlock(address: string): string {
  if (!ipaddr.isValid(address)) return address
  const parsed = ipaddr.process(address)
  return parsed.kind() === 'ipv6' ? `${ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`).toString()}/64` : parsed.toString()
}
