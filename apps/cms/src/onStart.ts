import type { Payload } from 'payload'
import { refreshCorsOrigins } from './middleware/corsOrigins'
import { analyzeStatistics, keepStatisticsFresh } from './database/analyzeStatistics'
import { seedOnFirstStart } from './seed/seedOnFirstStart'

/**
 * Runs once when Payload starts: seed an empty database, give the query planner statistics of what is
 * there (and again every hour), then load the partners' CORS origins.
 */
export async function onStart(payload: Payload): Promise<void> {
  await seedOnFirstStart(payload)
  await analyzeStatistics(payload)
  keepStatisticsFresh(payload)
  await refreshCorsOrigins(payload)
}
