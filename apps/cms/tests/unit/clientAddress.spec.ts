import type { IncomingMessage } from 'node:http'
import { addressBlock, clientAddress, parseTrustedProxies } from '@stadtmacher/config/clientAddress'
import { describe, expect, it } from 'vitest'

const from = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage

describe('client address', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(from('198.51.100.7', '203.0.113.1'), parseTrustedProxies(undefined))).toBe('198.51.100.7')
    expect(clientAddress(from('198.51.100.7', '203.0.113.1'), parseTrustedProxies(''))).toBe('198.51.100.7')
  })

  it('is the right-most hop that is not a trusted proxy', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.0.2.1')
    // The client prepended 203.0.113.66 itself; the proxies appended the address they saw.
    expect(clientAddress(from('10.1.2.3', '203.0.113.66, 198.51.100.7, 192.0.2.1'), trusted)).toBe('198.51.100.7')
    // A peer that is not trusted is the client, even with a header.
    expect(clientAddress(from('198.51.100.8', '203.0.113.66'), trusted)).toBe('198.51.100.8')
  })

  it('counts hops when given a number', () => {
    expect(clientAddress(from('10.1.2.3', '203.0.113.66, 198.51.100.7'), parseTrustedProxies('1'))).toBe('198.51.100.7')
    expect(clientAddress(from('10.1.2.3', '203.0.113.66, 198.51.100.7'), parseTrustedProxies('0'))).toBe('10.1.2.3')
  })

  it('takes IPv6 ranges and names, and spells IPv4-mapped addresses as IPv4', () => {
    const trusted = parseTrustedProxies('loopback,fd00::/8')
    expect(clientAddress(from('::ffff:127.0.0.1', '2001:db8:0:0:0:0:0:1'), trusted)).toBe('2001:db8::1')
    expect(clientAddress(from('fd12::1', '::ffff:198.51.100.7'), trusted)).toBe('198.51.100.7')
  })

  it.each(['10.0.0.0/33', 'proxy.example', '10.0.0.1,,10.0.0.2', '-1', 'true'])('refuses TRUSTED_PROXIES=%s with the variable named', (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/^TRUSTED_PROXIES=".*" is not valid/)
  })

  it('counts an IPv6 client by its /64 and an IPv4 client by itself', () => {
    expect(addressBlock('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(addressBlock('2001:db8:1:2:bbbb::2')).toBe('2001:db8:1:2::/64')
    expect(addressBlock('::ffff:198.51.100.7')).toBe('198.51.100.7')
  })
})
