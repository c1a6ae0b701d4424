import type { Payload } from 'payload'
import { seed } from './index'

/** The first start on an empty database loads the real content, so a new clone shows something. */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.STADTMACHER_SEED === 'off' || process.env.NODE_ENV === 'test') return
  const { totalDocs } = await payload.count({ collection: 'partnerships', overrideAccess: true })
  if (totalDocs > 0) return
  payload.logger.info('[seed] empty database: loading the seed content')
  await seed(payload)
}
