import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

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
