import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

// The copy of @libsql/client that Payload's SQLite adapter loads, patched by patches/@libsql__client@0.14.0.patch
// to prepare each statement once per connection (issue 7). These tests fail if an upgrade drops the patch.
const adapterRequire = createRequire(createRequire(import.meta.url).resolve('@payloadcms/db-sqlite'))
const clientCjs = adapterRequire.resolve('@libsql/client')
// What these tests use of the client; @libsql/client is the adapter's dependency, not the CMS's.
type Statement = string | { sql: string; args: unknown[] }
type Client = {
  execute(statement: Statement): Promise<{ rows: Record<string, unknown>[]; columns: string[] }>
  batch(statements: Statement[]): Promise<unknown>
  close(): void
}
type Libsql = { createClient(config: { url: string }): Client }
type Prepare = (this: unknown, sql: string) => unknown
const Database = createRequire(clientCjs)('libsql') as { prototype: { prepare: Prepare } }

/** Counts the statements libsql prepares while `work` runs, by SQL text. */
async function countPrepares(work: () => Promise<void>): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const original = Database.prototype.prepare
  Database.prototype.prepare = function (this: unknown, sql: string) {
    counts.set(sql, (counts.get(sql) ?? 0) + 1)
    return original.call(this, sql)
  }
  try {
    await work()
  } finally {
    Database.prototype.prepare = original
  }
  return counts
}

const builds: [string, () => Promise<Libsql>][] = [
  ['ES module (what Payload loads)', () => import(pathToFileURL(clientCjs.replace(`${path.sep}lib-cjs${path.sep}`, `${path.sep}lib-esm${path.sep}`)).href) as Promise<Libsql>],
  ['CommonJS', async () => adapterRequire('@libsql/client') as Libsql],
]

describe.each(builds)('@libsql/client statement reuse, %s', (_name, load) => {
  const select = 'select name from city where country = ? order by name'

  async function openCities() {
    const { createClient } = await load()
    const client = createClient({ url: `file:${path.join(mkdtempSync(path.join(tmpdir(), 'libsql-')), 'cities.db')}` })
    await client.execute('create table city (name text unique, country text)')
    await client.batch([
      { sql: 'insert into city values (?, ?)', args: ['Hamburg', 'DE'] },
      { sql: 'insert into city values (?, ?)', args: ['Köln', 'DE'] },
      { sql: 'insert into city values (?, ?)', args: ['Shanghai', 'CN'] },
    ])
    return client
  }

  it('prepares a query once and answers each run with its own arguments', async () => {
    const client = await openCities()
    const answers: unknown[] = []
    const prepares = await countPrepares(async () => {
      for (const country of ['DE', 'CN', 'DE']) answers.push((await client.execute({ sql: select, args: [country] })).rows.map((row) => row.name))
    })
    expect(answers).toEqual([['Hamburg', 'Köln'], ['Shanghai'], ['Hamburg', 'Köln']])
    expect(prepares.get(select)).toBe(1)
    client.close()
  })

  it('keeps answering correctly after a failed write and after the schema changes', async () => {
    const client = await openCities()
    const insert = 'insert into city values (?, ?)'
    await expect(client.execute({ sql: insert, args: ['Hamburg', 'DE'] })).rejects.toThrow(/UNIQUE/)
    await client.execute({ sql: insert, args: ['Chengdu', 'CN'] })
    expect((await client.execute({ sql: select, args: ['CN'] })).rows.map((row) => row.name)).toEqual(['Chengdu', 'Shanghai'])
    await client.execute('alter table city add column since integer')
    await client.execute({ sql: 'insert into city values (?, ?, ?)', args: ['Wuhan', 'CN', 1982] })
    expect((await client.execute({ sql: select, args: ['CN'] })).rows.map((row) => row.name)).toEqual(['Chengdu', 'Shanghai', 'Wuhan'])
    const all = await client.execute({ sql: 'select * from city where name = ?', args: ['Wuhan'] })
    expect(all.columns).toEqual(['name', 'country', 'since'])
    client.close()
  })
})
