import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startLoadBalancer } from '../src/loadBalancer'
import { freePort } from '../src/ports'
import { startRedis } from '../src/redis'
import { startS3 } from '../src/s3'

/** One Redis command in the inline protocol, answered as text. */
function command(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(`${line}\r\n`))
    socket.once('data', (data) => {
      resolve(data.toString().trim())
      socket.destroy()
    })
    socket.once('error', reject)
  })
}

describe('the test services', () => {
  const cleanup: (() => Promise<void> | void)[] = []
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step()
  })

  it('starts redis-server on a free loopback port, stops it and starts it again empty', async () => {
    const redis = await startRedis()
    cleanup.push(redis.stop)
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`)
    expect(await command(redis.port, 'SET answer 42')).toBe('+OK')
    await redis.stop()
    await expect(command(redis.port, 'PING')).rejects.toThrow()
    await redis.start()
    expect(await command(redis.port, 'GET answer')).toBe('$-1')
  })

  it('starts an S3-compatible server with the bucket in place', async () => {
    const s3 = await startS3({ bucket: 'probe' })
    cleanup.push(s3.stop)
    const listing = await fetch(`${s3.endpoint}/probe?list-type=2`)
    expect(listing.status).toBe(200)
    expect(await listing.text()).toContain('<Name>probe</Name>')
  })

  it('balances round robin over the instances of a group and skips one that is down', async () => {
    const instances: Server[] = []
    const urls: string[] = []
    for (const name of ['a', 'b']) {
      const server = createServer((_request, response) => response.end(name))
      const port = await freePort()
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
      instances.push(server)
      urls.push(`http://127.0.0.1:${port}`)
    }
    const dir = mkdtempSync(join(tmpdir(), 'stadtmacher-lb-'))
    const balancer = await startLoadBalancer(dir, { web: urls })
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }), balancer.stop, ...instances.map((server) => () => new Promise<void>((resolve) => server.close(() => resolve()))))
    const seen = await Promise.all(Array.from({ length: 6 }, async () => (await fetch(balancer.urls.web)).text()))
    expect(new Set(seen)).toEqual(new Set(['a', 'b']))
    instances[0]?.closeAllConnections()
    await new Promise<void>((resolve) => instances[0]?.close(() => resolve()))
    const after = await Promise.all(Array.from({ length: 6 }, async () => (await fetch(balancer.urls.web)).text()))
    expect(after).toEqual(Array(6).fill('b'))
  })
})
