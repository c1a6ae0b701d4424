import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { countingQueries, queryCounter } from './database/queryCounter'
import { indexLocaleParents } from './database/indexLocaleParents'
import { indexPublishedRows } from './database/indexPublishedRows'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The zero-setup database: a SQLite file in the CMS's git-ignored data folder. */
export const defaultSqliteUri = `file:${path.resolve(dirname, '../data/stadtmacher.db')}`

export const isMongoUri = (uri: string): boolean => /^mongodb(\+srv)?:\/\//.test(uri)

/**
 * MongoDB for `mongodb://` and `mongodb+srv://` addresses (production), SQLite for `file:` or nothing.
 * SQLite uses uuid ids so that both adapters generate the same types (string ids).
 */
export function databaseAdapter(uri = process.env.DATABASE_URI ?? ''): DatabaseAdapterObj {
  if (isMongoUri(uri)) return mongooseAdapter({ url: uri })
  if (uri && !uri.startsWith('file:')) {
    throw new Error(`DATABASE_URI must start with mongodb://, mongodb+srv:// or file: (got "${uri.split(':')[0]}:")`)
  }
  const url = uri || defaultSqliteUri
  // libsql does not create missing folders.
  mkdirSync(path.dirname(url.slice('file:'.length)), { recursive: true })
  const production = process.env.NODE_ENV === 'production'
  return sqliteAdapter({
    client: { url },
    idType: 'uuid',
    // Development pushes the schema; production only ever runs the committed migrations.
    push: !production && process.env.STADTMACHER_DB_PUSH !== 'off',
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: production ? migrations : undefined,
    // WAL lets readers go on while one request writes; NORMAL syncs at checkpoints, not on every
    // commit, which survives a crash of the process (not of the machine) and makes writes ~10× faster.
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    busyTimeout: 5000,
    afterSchemaInit: [indexLocaleParents, indexPublishedRows],
    // Only the benchmark switches this on (STADTMACHER_COUNT_QUERIES=1).
    logger: countingQueries() ? queryCounter : undefined,
  })
}
