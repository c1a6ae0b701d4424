import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

// Production SQLite never pushes the schema; it runs the committed migrations. This checks that they
// build exactly the schema the config describes, so a forgotten `migrate:create` fails here, not in production.
describe('SQLite migrations', () => {
  let payload: Payload
  const dir = mkdtempSync(path.join(tmpdir(), 'stadtmacher-migrations-'))

  beforeAll(async () => {
    process.env.DATABASE_URI = `file:${path.join(dir, 'cms.db')}`
    process.env.MEDIA_DIR = path.join(dir, 'media')
    process.env.STADTMACHER_DB_PUSH = 'off'
    const { default: config } = await import('../../src/payload.config')
    payload = await getPayload({ config })
  })
  afterAll(async () => {
    await payload?.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  it('create the whole schema of the config from an empty database, with nothing left to push', async () => {
    const { migrations } = await import('../../src/migrations')
    await payload.db.migrate({ migrations })
    const db = payload.db as unknown as SQLiteAdapter
    const { pushSchema } = db.requireDrizzleKit()
    const { statementsToExecute } = (await pushSchema(db.schema, db.drizzle)) as { statementsToExecute: string[] }
    expect(statementsToExecute).toEqual([])
  })
})
