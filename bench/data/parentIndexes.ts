// Writing 20,000 documents is quadratic on the committed schema: the `*_locales` tables are indexed on
// (_locale, _parent_id) only, so every "where _parent_id = ?" (the delete-and-rewrite of a document's
// localized row, and the locale subquery of every read) scans the whole table. The generator adds an
// index on _parent_id while it writes and drops it before the file is cached, so the CMS is measured
// on exactly the schema its migrations create. `--locales-index` adds the same index to a run's copy,
// to measure the proposed fix side by side before it becomes a migration.
import { DatabaseSync } from 'node:sqlite'

type Execute = (sql: string) => Promise<{ rows: ArrayLike<Record<string, unknown>> }>

const indexName = (table: string) => `bench_${table}_parent`

async function localesTables(execute: Execute): Promise<string[]> {
  const { rows } = await execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'`)
  return Array.from(rows, (row) => String(row.name))
}

/** Adds an index on `_parent_id` to every `*_locales` table; returns the tables that got one. */
export async function addParentIndexes(execute: Execute): Promise<string[]> {
  const tables = await localesTables(execute)
  for (const table of tables) await execute(`CREATE INDEX IF NOT EXISTS "${indexName(table)}" ON "${table}" ("_parent_id")`)
  return tables
}

export async function dropParentIndexes(execute: Execute, tables: string[]): Promise<void> {
  for (const table of tables) await execute(`DROP INDEX IF EXISTS "${indexName(table)}"`)
}

/** The same indexes on a database file that no server has open. */
export async function addParentIndexesToFile(file: string): Promise<string[]> {
  const db = new DatabaseSync(file)
  try {
    return await addParentIndexes(async (sql) => ({ rows: db.prepare(sql).all() }))
  } finally {
    db.close()
  }
}
