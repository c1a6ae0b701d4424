import { createHmac, timingSafeEqual } from 'node:crypto'

/** How old a signed purge request may be; older ones are replays. */
export const signatureMaxAgeMs = 5 * 60 * 1000

/** HMAC-SHA256 (hex) over `timestamp.body`, the scheme the CMS's purgeWebCache hook signs with. */
export function sign(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
}

/** Whether a purge request is signed with `secret` and recent; constant-time comparison. */
export function verifySignature(args: { secret: string; timestamp: string | undefined; signature: string | undefined; body: string; now?: number }): boolean {
  const { secret, timestamp, signature, body, now = Date.now() } = args
  if (!secret || !timestamp || !signature || !/^\d+$/.test(timestamp)) return false
  if (Math.abs(now - Number(timestamp)) > signatureMaxAgeMs) return false
  const expected = Buffer.from(sign(secret, timestamp, body), 'hex')
  const given = Buffer.from(signature.replace(/^sha256=/, ''), 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
