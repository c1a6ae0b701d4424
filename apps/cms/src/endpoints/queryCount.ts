import type { Endpoint } from 'payload'
import { countingQueries, queriesSoFar } from '../database/queryCounter'

/** GET /api/bench/query-count: the running number of SQL statements, read by the benchmark before and after a request. */
const queryCount: Endpoint = {
  path: '/bench/query-count',
  method: 'get',
  handler: () => Response.json({ queries: queriesSoFar() }),
}

/** The benchmark's endpoints: none unless query counting is switched on, so production never exposes them. */
export const benchEndpoints = (): Endpoint[] => (countingQueries() ? [queryCount] : [])
