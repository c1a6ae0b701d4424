// `pnpm seed`: loads the real content into the configured database (idempotent).
import { getPayload } from 'payload'

process.env.STADTMACHER_SEED = 'off'
const { default: config } = await import('../src/payload.config')
const { seed } = await import('../src/seed')
const payload = await getPayload({ config })
await seed(payload, (message) => console.info(`[seed] ${message}`))
await payload.destroy()
process.exit(0)
