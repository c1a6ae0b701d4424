// Debian's redis-server on a free loopback port, with no persistence: the shared state of a test cluster.
import { connect } from 'node:net'
import { freePort } from './ports'
import { binary, startProcess, waitUntil, type ServiceProcess } from './process'

export type TestRedis = {
  url: string
  port: number
  /** Stops the server (SIGTERM); `start` brings it back on the same port, empty, as after a crash. */
  stop: () => Promise<void>
  start: () => Promise<void>
  /** What the server printed, for a failing test's message. */
  output: () => string
}

/** Answers whether a Redis server answers PING on `port`, without a client library. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.setTimeout(1000)
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'))
      socket.destroy()
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      resolve(false)
      socket.destroy()
    })
  })
}

/**
 * A redis-server for one test file or suite. `maxmemory` bounds it as production should be: every key the
 * apps write has a TTL, and a test can check that the key count stays bounded.
 */
export async function startRedis({ port: wanted }: { port?: number } = {}): Promise<TestRedis> {
  const command = binary('redis-server', ['/usr/bin/redis-server'], 'apt-get install -y redis-server')
  const port = wanted ?? (await freePort())
  let server: ServiceProcess | undefined
  const start = async () => {
    server = startProcess(command, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory', '256mb', '--protected-mode', 'yes'])
    await waitUntil('redis-server', () => ping(port), { process: server })
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop: async () => server?.stop(),
    output: () => server?.output() ?? '',
  }
}
