import { describe, expect, it } from 'vitest'
import { sign, verifySignature } from '../../server/utils/signature'

const secret = 'test-secret'
const body = '{"collection":"terrain","operation":"change"}'
const now = 1_750_000_000_000

describe('purge webhook signature', () => {
  it('accepts a fresh request signed with the secret', () => {
    const timestamp = String(now)
    expect(verifySignature({ secret, timestamp, signature: sign(secret, timestamp, body), body, now })).toBe(true)
  })

  it('rejects a wrong secret, a changed body and an old timestamp', () => {
    const timestamp = String(now)
    expect(verifySignature({ secret, timestamp, signature: sign('other', timestamp, body), body, now })).toBe(false)
    expect(verifySignature({ secret, timestamp, signature: sign(secret, timestamp, body), body: `${body} `, now })).toBe(false)
    const old = String(now - 10 * 60 * 1000)
    expect(verifySignature({ secret, timestamp: old, signature: sign(secret, old, body), body, now })).toBe(false)
  })

  it('rejects everything when no secret is configured', () => {
    expect(verifySignature({ secret: '', timestamp: String(now), signature: sign('', String(now), body), body, now })).toBe(false)
  })
})
