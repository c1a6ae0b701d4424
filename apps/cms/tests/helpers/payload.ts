import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { getPayload, type Payload } from 'payload'
import { apiClient, type ApiClient } from './http'

export type TestCms = ApiClient & { payload: Payload; close: () => Promise<void> }

/**
 * Boots the real Payload on a fresh database: a temporary SQLite file, or the MongoDB database given.
 * The config reads DATABASE_URI when it is imported, so it is imported only after the variable is set.
 */
export async function startCms(databaseUri?: string, copyOf?: string): Promise<TestCms> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stadtmacher-test-'))
  // A snapshot (cms.db and media/) to start from instead of an empty database: see seeded.ts.
  if (copyOf) cpSync(copyOf, dir, { recursive: true })
  process.env.DATABASE_URI = databaseUri ?? `file:${path.join(dir, 'cms.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    ...apiClient(config),
    close: async () => {
      if (databaseUri) await (payload.db as unknown as MongooseAdapter).connection.dropDatabase()
      await payload.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
