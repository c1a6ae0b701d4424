import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

type PushSchema = (schema: unknown, drizzle: unknown) => Promise<{ statementsToExecute: string[] }>

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
    // onInit reads tables that exist only after the migrations below have run.
    payload = await getPayload({ config, disableOnInit: true })
  })
  afterAll(async () => {
    await payload?.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  it('create the whole schema of the config from an empty database, with nothing left to push', async () => {
    const { migrations } = await import('../../src/migrations')
    // The generated migrations are typed with the SQLite adapter's own argument types.
    await payload.db.migrate({ migrations: migrations as unknown as NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations'] })
    const db = payload.db as unknown as SQLiteAdapter
    // drizzle-kit's pushSQLiteSchema: the statements a push would run, without running them.
    const pushSchema = db.requireDrizzleKit().pushSchema as unknown as PushSchema
    const { statementsToExecute } = await pushSchema(db.schema, db.drizzle)
    expect(statementsToExecute).toEqual([])
  })

  it.each([
    ['partnerships', ['slug', '_status', 'german_city_id', 'chinese_city_id', 'kind', 'since']],
    ['terrain', ['slug', '_status', 'kind', 'date']],
    ['authors', ['slug', '_status']],
    ['cities', ['slug', 'country']],
    ['topics', ['slug']],
  ])('indexes the fields pages look %s up by', async (table, columns) => {
    const db = payload.db as unknown as SQLiteAdapter
    const { rows } = await db.client.execute(`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('${table}', '${table}_locales', '${table}_rels')`)
    const indexed = rows.map((row) => String(row.sql))
    for (const column of columns) expect(indexed.some((sql) => sql.includes(`(\`${column}\``))).toBe(true)
  })

  it('indexes the parent of every localized row, so reading one document does not scan all of them', async () => {
    const db = payload.db as unknown as SQLiteAdapter
    const { rows } = await db.client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'")
    expect(rows.length).toBeGreaterThan(5)
    for (const { name } of rows) {
      const plan = await db.client.execute(`EXPLAIN QUERY PLAN SELECT * FROM \`${String(name)}\` WHERE _parent_id = 'x'`)
      expect(plan.rows.map((row) => String(row.detail)).join(' '), String(name)).toMatch(/USING INDEX/)
    }
  })
})
