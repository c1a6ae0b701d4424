import { describe, expect, inject, it } from 'vitest'
import { sign } from '../server/utils/signature'

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${inject('siteUrl')}/api/revalidate`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

describe('purge webhook', () => {
  it('refuses an unsigned purge', async () => {
    expect((await post('{"collection":"terrain","operation":"change"}')).status).toBe(401)
  })

  it('purges cached pages on a purge signed with the shared secret', async () => {
    const page = `${inject('siteUrl')}/de/terrain`
    expect((await fetch(page)).status).toBe(200)
    const body = JSON.stringify({ collection: 'terrain', operation: 'change', id: 'x' })
    const timestamp = String(Date.now())
    const response = await post(body, { 'x-stadtmacher-timestamp': timestamp, 'x-stadtmacher-signature': sign(inject('revalidateSecret'), timestamp, body) })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { purged: number }).purged).toBeGreaterThan(0)
    expect((await fetch(page)).status).toBe(200)
  })
})
