// The load generator: autocannon against 127.0.0.1, each request's latency recorded so p95 is exact
// (autocannon's summary has p90 and p97.5, not p95). Figures take the median over several runs.
import autocannon from 'autocannon'
import { median, percentile } from './stats'

export type LoadOptions = {
  url: string
  /** Paths to request in turn (a rotating list, e.g. distinct uncached pages); default: `url` alone. */
  paths?: readonly string[]
  connections: number
  /** Seconds per run, unless `amount` is set. */
  duration: number
  /** A fixed number of requests instead of a duration. */
  amount?: number
  method?: 'GET' | 'POST'
  body?: string
  headers?: Record<string, string>
}

export type LoadRun = { rps: number; p95: number; requests: number; failures: number }
export type LoadSummary = { rps: number; p95: number; runs: LoadRun[]; failures: number }

/** One run; `cursor` is where it starts in `paths` and moves on, so later runs take later paths. */
async function runOnce(options: LoadOptions, cursor = { next: 0 }): Promise<LoadRun> {
  const latencies: number[] = []
  const paths = options.paths ?? []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        amount: options.amount,
        method: options.method ?? 'GET',
        body: options.body,
        headers: options.headers,
        timeout: 30,
        requests: paths.length ? [{ setupRequest: (request) => ({ ...request, path: paths[cursor.next++ % paths.length] }) }] : undefined,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  })
  const ok = result['2xx']
  return { rps: ok / Math.max(result.duration, 0.001), p95: percentile(latencies, 95), requests: result.requests.total, failures: result.non2xx + result.errors + result.timeouts }
}

/** `runs` runs of the same load; rps and p95 are the medians of the runs. */
export async function measure(options: LoadOptions, runs: number): Promise<LoadSummary> {
  const results: LoadRun[] = []
  const cursor = { next: 0 }
  for (let i = 0; i < runs; i += 1) results.push(await runOnce(options, cursor))
  return { rps: median(results.map((r) => r.rps)), p95: median(results.map((r) => r.p95)), runs: results, failures: results.reduce((s, r) => s + r.failures, 0) }
}

/** Wraps each single run of a pair, e.g. to read the servers' CPU around it; `side` 0 is `a`, 1 is `b`. */
export type AroundRun = (side: 0 | 1, run: () => Promise<LoadRun>) => Promise<LoadRun>

/** Runs two loads alternately (a, b, a, b …) so drift on a shared machine hits both sides alike. */
export async function measurePair(a: LoadOptions, b: LoadOptions, runs: number, around: AroundRun = (_side, run) => run()): Promise<[LoadSummary, LoadSummary]> {
  const left: LoadRun[] = []
  const right: LoadRun[] = []
  const [cursorA, cursorB] = [{ next: 0 }, { next: 0 }]
  for (let i = 0; i < runs; i += 1) {
    left.push(await around(0, () => runOnce(a, cursorA)))
    right.push(await around(1, () => runOnce(b, cursorB)))
  }
  const summary = (list: LoadRun[]): LoadSummary => ({ rps: median(list.map((r) => r.rps)), p95: median(list.map((r) => r.p95)), runs: list, failures: list.reduce((s, r) => s + r.failures, 0) })
  return [summary(left), summary(right)]
}
