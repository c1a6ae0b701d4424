import type { Payload, RequestContext } from 'payload'

/** Local API options every seed write shares: no access checks, and no cache purges or webhooks. */
export const seedOptions = {
  overrideAccess: true,
  context: { disableRevalidate: true } satisfies RequestContext,
} as const

export type SeedLog = (message: string) => void

export type SeedArgs = { payload: Payload; log: SeedLog }
