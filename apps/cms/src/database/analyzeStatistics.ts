import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/** How often the statistics are taken again while the CMS runs. */
export const statisticsInterval = 60 * 60 * 1000

/**
 * Gives SQLite's query planner statistics (ANALYZE). Without them it cannot tell a unique slug from a
 * status with two values: Payload's look-up by slug filters `_locales` on slug, locale and _status, and
 * the planner took the (_status, _locale) index over (slug, _locale), reading every published row of the
 * locale for each look-up. The TERRAIN by slug read grew with the data set (3.8× slower at 6,000 profiles
 * than at 100, issue 7); with statistics it is an index search. analysis_limit samples big tables, so this
 * stays quick on a large file.
 */
export async function analyzeStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { client } = payload.db as unknown as SQLiteAdapter
  await client.execute('PRAGMA analysis_limit=1000')
  await client.execute('ANALYZE')
}

/**
 * Takes the statistics again every `interval` ms: a table that was empty when the CMS started has none,
 * and the planner falls back to the slow plan until it has. Never keeps the process alive.
 */
export function keepStatisticsFresh(payload: Payload, interval = statisticsInterval): NodeJS.Timeout {
  const timer = setInterval(() => {
    analyzeStatistics(payload).catch((error: unknown) => payload.logger.error({ err: error }, 'ANALYZE failed'))
  }, interval)
  return timer.unref()
}
