import type { Payload } from 'payload'
import { refreshCorsOrigins } from './api/corsOrigins'
import { seedOnFirstStart } from './seed/seedOnFirstStart'

/** Runs once when Payload starts: seed an empty database, then load the partners' CORS origins. */
export async function onStart(payload: Payload): Promise<void> {
  await seedOnFirstStart(payload)
  await refreshCorsOrigins(payload)
}
